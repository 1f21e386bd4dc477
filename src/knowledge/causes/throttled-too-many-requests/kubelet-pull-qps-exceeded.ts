import { defineCause } from '../../define';
import { AKS_PULL_TROUBLESHOOTING } from '../../docs';
import { anchor, context } from '../../rules';

export default defineCause({
  id: 'kubelet-pull-qps-exceeded',
  family: 'throttled-too-many-requests',
  scope: 'not-acr',
  prevalence: 'rare',
  title: {
    en: "The kubelet's own pull rate limit was hit (not the registry)",
    ru: 'Сработало собственное ограничение частоты извлечения kubelet (не реестра)',
  },
  explanation: {
    en:
      'Each kubelet limits how many image pulls it starts per second (registryPullQPS, registryBurst). When many ' +
      'pods on one node need images at once, the kubelet refuses the extra pulls itself with "pull QPS exceeded" — ' +
      'no request went to the registry, and the pods recover on the next back-off retry.',
    ru:
      'Каждый kubelet ограничивает число извлечений образов, которые он запускает в секунду (registryPullQPS, ' +
      'registryBurst). Когда многим подам на одном узле одновременно нужны образы, kubelet сам отклоняет лишние ' +
      'извлечения с «pull QPS exceeded» — в реестр запрос не уходил, и поды восстанавливаются при следующей повторной попытке.',
  },
  ask: {
    en: 'Did many pods start on the same node at the same time?',
    ru: 'На одном узле одновременно запустилось много подов?',
  },
  rules: [anchor(['pull QPS exceeded'], 10), context('tool:kubelet', 2)],
  fix: [
    {
      text: {
        en: 'Avoid needless pulls: use imagePullPolicy IfNotPresent and immutable tags.',
        ru: 'Избегайте лишних извлечений: используйте imagePullPolicy IfNotPresent и неизменяемые теги.',
      },
    },
    {
      text: {
        en: 'Stagger large rollouts, or pre-pull the image on the nodes (for example with a DaemonSet).',
        ru: 'Растяните крупные развёртывания во времени или заранее загрузите образ на узлы (например, через DaemonSet).',
      },
    },
    {
      text: {
        en: 'Where you control the kubelet configuration, raise registryPullQPS and registryBurst.',
        ru: 'Если конфигурация kubelet в ваших руках, увеличьте registryPullQPS и registryBurst.',
      },
    },
  ],
  docs: [
    AKS_PULL_TROUBLESHOOTING,
    {
      title: {
        en: 'Kubelet configuration (registryPullQPS)',
        ru: 'Конфигурация kubelet (registryPullQPS)',
      },
      url: 'https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/',
    },
  ],
  checks: [],
});
