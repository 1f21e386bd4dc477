import { defineCause } from '../../define';
import { ACR_FAQ, SELECTED_NETWORKS } from '../../docs';
import { against, anchor, context } from '../../rules';

export default defineCause({
  id: 'firewall-change-propagation',
  family: 'firewall-ip-not-allowed',
  scope: 'acr-access',
  prevalence: 'rare',
  title: {
    en: 'A network rule was just changed and is not in effect yet',
    ru: 'Сетевое правило только что изменено и ещё не вступило в силу',
  },
  explanation: {
    en:
      'Changes to the registry firewall (adding an IP, switching between all networks and selected networks) take a ' +
      'few minutes to reach every front end of the registry. Requests right after the change can still be refused ' +
      'with "client with IP … is not allowed access", and pipelines that add their own agent IP and push immediately ' +
      'hit this regularly.',
    ru:
      'Изменения брандмауэра реестра (добавление IP, переключение между всеми сетями и выбранными сетями) доходят до ' +
      'всех внешних узлов реестра за несколько минут. Запросы сразу после изменения ещё могут отклоняться с ' +
      '«client with IP … is not allowed access», и конвейеры, которые добавляют IP своего агента и тут же выполняют ' +
      'push, регулярно на это натыкаются.',
  },
  ask: {
    en: 'Was the network rule for this IP added or changed only a few minutes before the failure?',
    ru: 'Правило для этого IP было добавлено или изменено всего за несколько минут до сбоя?',
  },
  rules: [
    anchor(['client with IP', 'not allowed access'], 2),
    anchor('token-status:403', 1),
    context(['az acr network-rule add'], 7),
    context(['az acr update', '--default-action'], 3),
    context(['az acr update', '--public-network-enabled true'], 3),
    against('client-ip:private', 2),
  ],
  fix: [
    {
      text: {
        en: 'Confirm that the rule is present and covers the IP from the error.',
        ru: 'Убедитесь, что правило есть и покрывает IP из сообщения об ошибке.',
      },
      command: 'az acr network-rule list -n {registry}',
    },
    {
      text: {
        en: 'Wait a few minutes and retry; in pipelines, add a pause or a retry loop after changing the rules.',
        ru: 'Подождите несколько минут и повторите; в конвейерах добавьте паузу или цикл повторов после изменения правил.',
      },
      command: 'sleep 120 && docker pull {loginServer}/{repository}:{tag}',
    },
  ],
  docs: [ACR_FAQ, SELECTED_NETWORKS],
  checks: ['network', 'login-failures'],
});
