import { defineCause } from '../../define';
import { AUTH_OPTIONS, AUTH_TROUBLESHOOTING } from '../../docs';
import { against, anchor, context } from '../../rules';

export default defineCause({
  id: 'az-cli-not-logged-in',
  family: 'az-cli-not-logged-in-or-token-expired',
  scope: 'acr-access',
  prevalence: 'common',
  title: {
    en: 'The Azure CLI is not signed in (for this user)',
    ru: 'В Azure CLI не выполнен вход (для этого пользователя)',
  },
  explanation: {
    en:
      '`az acr login` needs an Azure CLI sign-in to obtain an Entra token, and this CLI profile has none, so ' +
      'every step prints "Please run \'az login\' to setup account." and the CLI finally asks for a username. ' +
      'A frequent variant is running `sudo az acr login`: root has its own, empty ~/.azure profile even though ' +
      'your own user is signed in. Tools that borrow the CLI login (Terraform, SDK credentials, Azure PowerShell ' +
      'with "Run Connect-AzAccount to login.") fail the same way.',
    ru:
      '`az acr login` получает токен Entra через вход Azure CLI, а в этом профиле CLI входа нет, поэтому каждый ' +
      "шаг печатает «Please run 'az login' to setup account.», и в конце CLI запрашивает имя пользователя. " +
      'Частый вариант — запуск `sudo az acr login`: у root свой, пустой профиль ~/.azure, даже если ваш ' +
      'пользователь вошёл в систему. Инструменты, использующие вход CLI (Terraform, учётные данные SDK, Azure ' +
      'PowerShell с «Run Connect-AzAccount to login.»), падают так же.',
  },
  ask: {
    en: 'Was the command run with sudo, in a new container or agent, or by a user that never ran `az login`?',
    ru: 'Команда запускалась через sudo, в новом контейнере или агенте, или от пользователя, который ни разу не выполнял `az login`?',
  },
  rules: [
    anchor(["Please call 'az acr login'"], 6),
    anchor(["Please run 'Connect-AzAccount'"], 4),
    anchor(/run ["']?az login["']? to set ?up (?:an )?account/i, 10),
    anchor(['Run Connect-AzAccount to login'], 8),
    anchor(['Please run', 'az login'], 3),
    // The Azure Developer CLI signs in on its own (pkg/auth/errors.go): with no account it gets no Entra token for the
    // registry exchange either.
    anchor(['not logged in, run', 'azd auth login'], 8),
    context(['sudo az'], 4),
    context('tool:az', 1),
    context('tool:terraform', 1),
    context('tool:powershell', 1),
    context(['Username:'], 1),
    against('aadsts:700082', 4),
    against('aadsts:50173', 4),
  ],
  fix: [
    {
      text: {
        en: 'Sign in with the Azure CLI as the same user that runs the registry command.',
        ru: 'Выполните вход в Azure CLI под тем же пользователем, который запускает команду для реестра.',
      },
      command: 'az login',
    },
    {
      text: {
        en: 'Do not prefix az with sudo; if Docker needs root, add your user to the docker group instead (then open a new session).',
        ru: 'Не запускайте az через sudo; если Docker требует root, добавьте своего пользователя в группу docker (и откройте новый сеанс).',
      },
      command: 'sudo usermod -aG docker $USER',
    },
    {
      text: {
        en: 'Then log in to the registry.',
        ru: 'Затем выполните вход в реестр.',
      },
      command: 'az acr login -n {registry}',
    },
    {
      text: {
        en: 'In automation, sign in non-interactively first: a managed identity, a service principal, or the azure/login task of your pipeline.',
        ru: 'В автоматизации сначала выполните неинтерактивный вход: управляемым удостоверением, субъектом-службой или задачей azure/login в конвейере.',
      },
      command: 'az login --identity',
    },
  ],
  docs: [AUTH_OPTIONS, AUTH_TROUBLESHOOTING],
  checks: [],
});
