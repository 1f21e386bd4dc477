import { defineCause } from '../../define';
import { ABAC_REPOSITORY_PERMISSIONS, ACR_BUILT_IN_ROLES } from '../../docs';
import { acrAnchor, against, anchor, context } from '../../rules';

export default defineCause({
  id: 'abac-acr-tasks-no-identity',
  family: 'abac-repository-permissions-mode',
  scope: 'acr-access',
  prevalence: 'occasional',
  title: {
    en: 'ACR Tasks have no registry access in ABAC mode',
    ru: 'У задач ACR нет доступа к реестру в режиме ABAC',
  },
  explanation: {
    en:
      'In an ABAC-mode registry, ACR Tasks and quick builds (`az acr build`, `az acr run`) no longer get implicit access ' +
      'to their own registry. A task must name an identity with --source-acr-auth-id ([system], a user-assigned identity, ' +
      'or [caller] for quick runs), and that identity needs Repository Reader/Writer roles. Otherwise the build fails ' +
      'when it pulls a base image from the registry or pushes the result, with "unauthorized: authentication required".',
    ru:
      'В реестре с режимом ABAC задачи ACR и быстрые сборки (`az acr build`, `az acr run`) больше не получают неявного ' +
      'доступа к собственному реестру. Задаче нужно указать удостоверение через --source-acr-auth-id ([system], ' +
      'пользовательское удостоверение или [caller] для быстрых запусков), и у этого удостоверения должны быть роли ' +
      'Repository Reader/Writer. Иначе сборка падает при извлечении базового образа из реестра или при отправке результата ' +
      'с ошибкой «unauthorized: authentication required».',
  },
  ask: {
    en: 'Is the failing step an ACR task or `az acr build` against a registry in ABAC mode?',
    ru: 'Сбой происходит в задаче ACR или `az acr build` для реестра в режиме ABAC?',
  },
  rules: [
    acrAnchor(['source-acr-auth-id'], 7),
    anchor(['authentication required'], 1),
    // The Tasks runner's own check (acr-builder cmd/acb/commands/build/validation.go): a pushing run was handed no
    // credential. In ABAC mode tasks get none unless --source-acr-auth-id names an identity; --auth-mode None reads
    // the same (acr-task-run-without-credential).
    acrAnchor(['when specifying push', 'at least one credential is required'], 6),
    context('tool:acr-tasks', 5),
    context('op:build', 2),
    context(['az acr build'], 2),
    context(['az acr run'], 2),
    context(['az acr task'], 2),
    context(['AbacRepositoryPermissions'], 4),
    against(['LegacyRegistryPermissions'], 7),
    // A task told to use no registry credential lacks one for that reason, whatever the registry's mode.
    against(['--auth-mode None'], 5),
    against('token-status:403', 5),
    against(['client with IP'], 6),
    against(['too many requests'], 5),
    against(['no subscriptions were found'], 3),
    against('host:no-acr', 4),
  ],
  fix: [
    {
      text: {
        en: 'Confirm ABAC mode and see which identity the task uses.',
        ru: 'Проверьте режим ABAC и то, какое удостоверение использует задача.',
      },
      command: 'az acr task show -n <task> -r {registry} --query identity',
    },
    {
      text: {
        en: 'Give the task a system identity for source-registry access and grant it Repository Writer (plus Catalog Lister if it lists).',
        ru: 'Назначьте задаче системное удостоверение для доступа к исходному реестру и выдайте ему Repository Writer (и Catalog Lister, если нужно перечисление).',
      },
      command: 'az acr task update -n <task> -r {registry} --source-acr-auth-id [system]',
    },
    {
      text: {
        en: "For quick builds, run with the caller's identity, which must hold the Repository roles itself.",
        ru: 'Для быстрых сборок запускайте от удостоверения вызывающего — у него самого должны быть роли Repository.',
      },
      command: 'az acr build -r {registry} -t {repository}:{tag} --source-acr-auth-id [caller] .',
    },
  ],
  docs: [ABAC_REPOSITORY_PERMISSIONS, ACR_BUILT_IN_ROLES],
  checks: ['role-assignment-mode', 'identity-roles'],
});
