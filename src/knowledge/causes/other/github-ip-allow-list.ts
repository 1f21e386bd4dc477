import { defineCause } from '../../define';
import { against, anchor } from '../../rules';

/**
 * GitHub's own refusal for an organization or enterprise that restricts access by source address: "Although you
 * appear to have the correct authorization credentials, the `acme` organization has an IP allow list enabled, and
 * your IP address is not permitted to access this resource." It reads like ACR's "client with IP … is not allowed
 * access", but the allow list is GitHub's (its API, its packages, GHCR), set by the organization's owners (field23
 * 23T005: Renovate's hosted runners refused by a repository owner's list).
 */
export default defineCause({
  id: 'github-ip-allow-list',
  family: 'other',
  scope: 'not-acr',
  prevalence: 'rare',
  title: {
    en: "A GitHub organization's IP allow list refused the client, not the registry's firewall",
    ru: 'Клиента отклонил список разрешённых IP-адресов организации GitHub, а не брандмауэр реестра',
  },
  explanation: {
    en:
      'The organization (or enterprise) on GitHub only accepts requests from listed IP addresses, and the runner or ' +
      'machine making the call is not on the list. The credentials were accepted; the address was not. This is ' +
      "GitHub's setting, for its API, repositories and packages (GHCR included): the registry's own networking " +
      'rules play no part.',
    ru:
      'Организация (или предприятие) на GitHub принимает запросы только с перечисленных IP-адресов, а адреса ' +
      'исполнителя или машины, делающей запрос, в списке нет. Учётные данные приняты, адрес — нет. Это настройка ' +
      'GitHub для его API, репозиториев и пакетов (включая GHCR): сетевые правила реестра здесь ни при чём.',
  },
  ask: {
    en: "Which GitHub organization does the request go to, and is this runner's address on its IP allow list?",
    ru: 'В какую организацию GitHub идёт запрос и есть ли адрес этого исполнителя в её списке разрешённых IP?',
  },
  rules: [
    anchor(['has an IP allow list enabled'], 6),
    anchor(['your IP address is not permitted to access this resource'], 5),
    // ACR's own firewall answer names the client's address in its own words.
    against(['is not allowed access'], 6),
  ],
  fix: [
    {
      text: {
        en: "Ask the organization's owners to add the runner's outbound addresses to the IP allow list, or run the job on a runner whose addresses are listed.",
        ru: 'Попросите владельцев организации добавить исходящие адреса исполнителя в список разрешённых IP или запускайте задание на исполнителе с разрешённым адресом.',
      },
      command: 'curl -s https://api.ipify.org',
    },
  ],
  docs: [
    {
      title: {
        en: 'Managing allowed IP addresses for your organization (GitHub)',
        ru: 'Управление разрешёнными IP-адресами организации (GitHub)',
      },
      url: 'https://docs.github.com/organizations/keeping-your-organization-secure/managing-security-settings-for-your-organization/managing-allowed-ip-addresses-for-your-organization',
    },
  ],
  checks: [],
});
