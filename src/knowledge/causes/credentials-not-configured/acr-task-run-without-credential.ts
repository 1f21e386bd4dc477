import { defineCause } from '../../define';
import { TASKS_AUTHENTICATION } from '../../docs';
import { acrAnchor, against, context } from '../../rules';

// The ACR Tasks runner (acb) checks its own arguments before it builds: a run that pushes must have been handed
// at least one registry credential (cmd/acb/commands/build/validation.go; older runners asked for username,
// password and registry). ACR hands none over when the task was created with --auth-mode None, or when the
// registry is in ABAC mode and no --source-acr-auth-id names an identity (abac-acr-tasks-no-identity shares the
// string: the text cannot tell which).
export default defineCause({
  id: 'acr-task-run-without-credential',
  family: 'credentials-not-configured',
  scope: 'acr-access',
  prevalence: 'occasional',
  title: {
    en: 'The ACR task or quick build was started without a credential for the registry it pushes to',
    ru: 'Задача ACR или быстрая сборка запущена без учётных данных для реестра, в который она отправляет образ',
  },
  explanation: {
    en:
      'The ACR Tasks runner refuses to start a build that pushes when it was given no registry credential at all. ' +
      'ACR normally hands the runner a token for its own registry; it does not when the task was created with ' +
      '`--auth-mode None`, and in a registry with ABAC repository permissions, where tasks and quick builds get no ' +
      'implicit access until `--source-acr-auth-id` names an identity. The run stops before any registry request.',
    ru:
      'Исполнитель ACR Tasks отказывается начинать сборку с отправкой образа, если ему не передали ни одних учётных ' +
      'данных реестра. Обычно ACR выдаёт исполнителю токен для собственного реестра; этого не происходит, если задача ' +
      'создана с `--auth-mode None`, а также в реестре с разрешениями ABAC на репозитории, где задачи и быстрые ' +
      'сборки не получают неявного доступа, пока `--source-acr-auth-id` не укажет удостоверение. Запуск ' +
      'останавливается до любого запроса к реестру.',
  },
  ask: {
    en: 'Was the task created with `--auth-mode None`, or is the registry in ABAC mode without `--source-acr-auth-id`?',
    ru: 'Задача создана с `--auth-mode None`, или реестр в режиме ABAC без `--source-acr-auth-id`?',
  },
  rules: [
    acrAnchor(['when specifying push', 'at least one credential is required'], 6),
    // The runner's wording before credentials became a list (2018–2019).
    acrAnchor(['when specifying push', 'username, password, and registry are required'], 7),
    context(['--auth-mode None'], 4),
    context(['auth-mode', 'None'], 1),
    context('tool:acr-tasks', 4),
    context('op:build', 2),
    against(['client with IP'], 5),
    against('http:403', 3),
  ],
  fix: [
    {
      text: {
        en: 'See how the task authenticates to its own registry.',
        ru: 'Посмотрите, как задача входит в собственный реестр.',
      },
      command:
        'az acr task show -n <task> -r {registry} --query "{login:credentials.sourceRegistry.loginMode, identity:identity}"',
    },
    {
      text: {
        en: 'Let the task use its registry credential again.',
        ru: 'Верните задаче учётные данные её реестра.',
      },
      command: 'az acr task update -n <task> -r {registry} --auth-mode Default',
    },
    {
      text: {
        en: "In ABAC mode, name the identity the build uses (for a quick build, the caller's).",
        ru: 'В режиме ABAC укажите удостоверение, от имени которого идёт сборка (для быстрой сборки — вызывающего).',
      },
      command: 'az acr build -r {registry} -t {repository}:{tag} --source-acr-auth-id [caller] .',
    },
  ],
  docs: [TASKS_AUTHENTICATION],
  checks: ['role-assignment-mode'],
});
