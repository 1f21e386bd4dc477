import { defineCause } from '../../define';
import { AUTH_TROUBLESHOOTING } from '../../docs';
import { acrAnchor, against, anchor } from '../../rules';

/**
 * An Azure Machine Learning workspace keeps its own copy of its registry's admin credentials and pulls (and builds)
 * environment images with it. Regenerating the admin password, or disabling and enabling the admin user, leaves the
 * copy stale; the service then says so itself and names the repair: resync the workspace's keys.
 */
export default defineCause({
  id: 'aml-workspace-registry-keys-stale',
  family: 'invalid-credentials',
  scope: 'acr-access',
  prevalence: 'occasional',
  title: {
    en: 'The Azure Machine Learning workspace holds outdated keys for its container registry',
    ru: 'В рабочей области Azure Machine Learning устаревшие ключи её реестра контейнеров',
  },
  explanation: {
    en:
      'An Azure Machine Learning workspace stores the admin user name and password of its container registry and ' +
      "uses them to build and pull environment images. When the registry's admin password was regenerated (or the " +
      'admin user switched off and on) after the workspace stored it, the registry rejects the stored copy, and the ' +
      'service reports "Unauthorized error encountered while attempting to connect to the container registry" and ' +
      'asks for a resync of the workspace keys.',
    ru:
      'Рабочая область Azure Machine Learning хранит имя и пароль администратора своего реестра контейнеров и ' +
      'использует их, чтобы собирать и извлекать образы сред. Если пароль администратора реестра перегенерировали ' +
      '(или выключили и снова включили пользователя-администратора) после того, как рабочая область его сохранила, ' +
      'реестр отвергает сохранённую копию, и служба сообщает «Unauthorized error encountered while attempting to ' +
      'connect to the container registry» и просит синхронизировать ключи рабочей области.',
  },
  ask: {
    en: "Were the registry's admin passwords regenerated, or its admin user switched off, since the workspace was created?",
    ru: 'Перегенерировали ли пароли администратора реестра или отключали ли пользователя-администратора после создания рабочей области?',
  },
  rules: [
    // Azure Machine Learning's own words; a workspace's registry is always an ACR.
    acrAnchor(['resync keys on your workspace'], 8),
    acrAnchor(['Unauthorized error encountered while attempting to connect to the container registry'], 6),
    anchor(['az ml workspace sync-keys'], 4),
    against(['client with IP'], 6),
    against('host:no-acr', 5),
  ],
  fix: [
    {
      text: {
        en: "Make sure the registry's admin user is enabled: the workspace signs in with it.",
        ru: 'Убедитесь, что пользователь-администратор реестра включён: рабочая область входит от его имени.',
      },
      command: 'az acr update -n {registry} --admin-enabled true',
    },
    {
      text: {
        en: "Copy the registry's current keys into the workspace, then run the job again.",
        ru: 'Перенесите в рабочую область текущие ключи реестра и запустите задание снова.',
      },
      command: 'az ml workspace sync-keys -n <workspace> -g {resourceGroup}',
    },
  ],
  docs: [AUTH_TROUBLESHOOTING],
  checks: ['admin-user', 'login-failures'],
});
