import type { CheckReport } from '../../../src/checks/types';
import {
  diagnosisCard,
  expiredCard,
  failureCard,
  helpCard,
  invalidRegistryCard,
  nothingFoundCard,
  registryCard,
  unknownActionCard,
  welcomeCard,
  type AdaptiveCardJson,
  type CardState,
  type LiveChecksSection,
} from '../../../src/cards';
import { diagnose } from '../../../src/diagnosis';
import { LANGS } from '../../../src/knowledge';
import { cardStrings, checkTeamsCard } from '../../fakes/teams/teams-cards';
import { corpusPastes } from '../../fakes/teams/pastes';

const CARD_ID = 'AAAAAAAAAAAAAAAAAAAAAA';

const STATES: readonly CardState[] = [
  { causes: 'top', feedback: 'none', checks: 'idle' },
  { causes: 'all', feedback: 'helpful', checks: 'requested' },
  { causes: 'top', feedback: 'not-helpful', checks: 'requested' },
  { causes: 'all', feedback: 'not-saved', checks: 'idle' },
];

const REPORT: CheckReport = {
  registry: 'contoso',
  credential: 'delegated-user',
  complete: false,
  azureCalls: 4,
  elapsedMs: 812,
  results: [
    {
      check: 'network',
      status: 'fail',
      summary: { en: 'The firewall denies 203.0.113.7.', ru: 'Брандмауэр запрещает 203.0.113.7.' },
      facts: [
        { label: { en: 'Public network access', ru: 'Публичный доступ' }, value: 'Enabled' },
        { label: { en: 'Default action', ru: 'Действие по умолчанию' }, value: 'Deny' },
      ],
      verdicts: [
        {
          cause: 'firewall-client-ip-not-allowed',
          verdict: 'confirmed',
          because: { en: 'The IP is not in the rules.', ru: 'IP нет в правилах.' },
        },
      ],
      fix: [
        {
          text: { en: 'Allow the IP.', ru: 'Разрешите IP.' },
          command: 'az acr network-rule add -n contoso --ip-address 203.0.113.7',
        },
      ],
      elapsedMs: 300,
    },
    {
      check: 'admin-user',
      status: 'pass',
      summary: {
        en: 'The admin user is disabled, as recommended.',
        ru: 'Пользователь-администратор отключён, как рекомендуется.',
      },
      facts: [],
      verdicts: [],
      fix: [],
      elapsedMs: 120,
    },
    {
      check: 'throttling',
      status: 'warn',
      summary: { en: 'Basic tier: low request limits.', ru: 'Уровень Basic: низкие лимиты.' },
      facts: [{ label: { en: 'SKU', ru: 'SKU' }, value: 'Basic' }],
      verdicts: [],
      fix: [],
      elapsedMs: 90,
    },
    {
      check: 'login-failures',
      status: 'unknown',
      reason: 'no-permission',
      summary: { en: 'Could not read the registry logs.', ru: 'Не удалось прочитать журналы реестра.' },
      facts: [],
      verdicts: [],
      fix: [],
      elapsedMs: 50,
    },
  ],
};

const SECTIONS: readonly LiveChecksSection[] = [
  { kind: 'hidden' },
  { kind: 'not-configured', missing: [] },
  { kind: 'not-configured', missing: ['AZURE_CLIENT_ID', 'AZURE_TENANT_ID'] },
  { kind: 'report', report: REPORT, by: 'Megan Bowen' },
  { kind: 'progress', report: { ...REPORT, results: REPORT.results.slice(0, 1), pending: ['admin-user'] } },
  {
    kind: 'notice',
    notice: {
      kind: 'consent-required',
      code: 'AADSTS65001',
      links: {
        forMe: 'https://login.microsoftonline.com/t/oauth2/v2.0/authorize?client_id=x',
        forOrganisation: 'https://login.microsoftonline.com/t/v2.0/adminconsent?client_id=x',
      },
    },
  },
];

function expectValid(card: AdaptiveCardJson, where: string): void {
  const verdict = checkTeamsCard(card);
  expect({ where, problems: verdict.problems }).toEqual({ where, problems: [] });
  // A binding the data did not provide would show up as literal template syntax.
  const leftovers = cardStrings(card).filter((s) => s.value.includes('${'));
  expect({ where, leftovers }).toEqual({ where, leftovers: [] });
}

describe('every card the bot sends is valid for Teams', () => {
  const pastes = corpusPastes();

  it.each(LANGS)('diagnosis cards for every corpus paste, in every view (%s)', (lang) => {
    let rendered = 0;
    for (const paste of pastes) {
      const diagnosis = diagnose(paste.text);
      if (diagnosis.causes.length === 0) continue;
      for (const state of STATES) {
        for (const liveChecks of SECTIONS) {
          expectValid(
            diagnosisCard({ cardId: CARD_ID, diagnosis, lang, state, liveChecks }),
            `${paste.id} ${JSON.stringify(state)} ${liveChecks.kind}`,
          );
          rendered++;
        }
      }
    }
    expect(rendered).toBeGreaterThanOrEqual(pastes.length * STATES.length * SECTIONS.length * 0.8);
  });

  it.each(LANGS)('nothing-found cards for text without an error (%s)', (lang) => {
    for (const text of [
      'hello there, how are you?',
      '',
      '\u0000\u0001\u0002\u00ff\ufffd'.repeat(200),
      'Привет! Как дела?\nВсё хорошо.',
    ]) {
      expectValid(nothingFoundCard(diagnose(text), lang), JSON.stringify(text.slice(0, 20)));
    }
  });

  it.each(LANGS)('help, welcome, registry and message cards (%s)', (lang) => {
    expectValid(helpCard(lang), 'help');
    expectValid(welcomeCard(lang, 'personal'), 'welcome personal');
    expectValid(welcomeCard(lang, 'shared'), 'welcome shared');
    for (const liveChecks of SECTIONS) {
      expectValid(
        registryCard({ cardId: CARD_ID, registry: 'contoso', lang, checks: 'idle', liveChecks }),
        `registry idle ${liveChecks.kind}`,
      );
      expectValid(
        registryCard({ cardId: CARD_ID, registry: 'contoso', lang, checks: 'requested', liveChecks }),
        `registry requested ${liveChecks.kind}`,
      );
    }
    expectValid(expiredCard(lang), 'expired');
    expectValid(unknownActionCard(lang), 'unknown action');
    expectValid(failureCard(lang, '0a1b2c3d'), 'failure');
    expectValid(invalidRegistryCard(lang, 'my-registry.azurecr.com'), 'invalid registry');
  });
});
