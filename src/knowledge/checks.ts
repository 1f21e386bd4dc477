import type { CauseId } from './cause-ids';
import type { Text } from './text';

/** The live checks (src/checks/) a cause can name as the way to confirm or rule it out. */
export const CHECK_IDS = [
  'registry',
  'network',
  'admin-user',
  'anonymous-pull',
  'auth-as-arm',
  'role-assignment-mode',
  'your-permissions',
  'identity-roles',
  'secret-expiry',
  'login-failures',
  'throttling',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export const CHECK_TITLES: Readonly<Record<CheckId, Text>> = {
  registry: { en: 'Registry lookup', ru: 'Поиск реестра' },
  network: { en: 'Network access and firewall', ru: 'Сетевой доступ и брандмауэр' },
  'admin-user': { en: 'Admin user', ru: 'Пользователь-администратор' },
  'anonymous-pull': { en: 'Anonymous pull', ru: 'Анонимное извлечение' },
  'auth-as-arm': { en: 'Entra tokens with the ARM audience', ru: 'Токены Entra с аудиторией ARM' },
  'role-assignment-mode': {
    en: 'Role assignment mode (RBAC / ABAC)',
    ru: 'Режим назначения ролей (RBAC / ABAC)',
  },
  'your-permissions': { en: 'Your permissions on the registry', ru: 'Ваши разрешения на реестр' },
  'identity-roles': { en: "The identity's role assignments", ru: 'Назначения ролей удостоверения' },
  'secret-expiry': { en: 'Service principal secret expiry', ru: 'Срок действия секрета субъекта-службы' },
  'login-failures': {
    en: 'Recent login failures (Log Analytics)',
    ru: 'Недавние сбои входа (Log Analytics)',
  },
  throttling: { en: 'Service tier and request limits', ru: 'Уровень службы и лимиты запросов' },
};

/** What a live check concluded about one cause, and the facts that decided it. */
export interface CauseVerdict {
  readonly cause: CauseId;
  readonly verdict: 'confirmed' | 'ruled-out';
  readonly because: Text;
}
