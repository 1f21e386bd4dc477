import {
  cardBytes,
  diagnosisCard,
  INITIAL_CARD_STATE,
  MAX_CARD_BYTES,
  registryCard,
  type LiveCheckNotice,
  type LiveChecksSection,
} from '../../../src/cards';
import type { CheckReport, CheckResult } from '../../../src/checks/types';
import { diagnose } from '../../../src/diagnosis';
import { reconcile } from '../../../src/diagnosis/reconcile';
import { CHECK_IDS, LANGS } from '../../../src/knowledge';
import { button, cardButtons, cardText, visibleTexts } from '../../fakes/teams/card-reading';
import { cardStrings, checkTeamsCard } from '../../fakes/teams/teams-cards';

const CARD_ID = 'AAAAAAAAAAAAAAAAAAAAAA';
const FIREWALL =
  "denied: client with IP '203.0.113.9' is not allowed access. Refer https://aka.ms/acr/firewall";
const REQUESTED = { ...INITIAL_CARD_STATE, checks: 'requested' as const };

const NOTICES: readonly LiveCheckNotice[] = [
  {
    kind: 'no-registry',
    problem: {
      en: '"[x](https://evil.example)" is not a registry',
      ru: '«[x](https://evil.example)» — не реестр',
    },
  },
  { kind: 'other-tenant' },
  { kind: 'tenant-unknown' },
  { kind: 'wrong-token' },
  { kind: 'rate-limited', retryAfterSeconds: 14.2 },
  {
    kind: 'consent-required',
    code: 'AADSTS65001',
    links: { forMe: 'https://login.microsoftonline.com/t/authorize', forOrganisation: 'javascript:alert(1)' },
  },
  { kind: 'developer-sign-in', code: 'CredentialUnavailableError' },
  { kind: 'sign-in-failed' },
  { kind: 'entra-unavailable' },
  { kind: 'client-unsupported' },
];

function expectValid(card: unknown, where: string): void {
  expect({ where, problems: checkTeamsCard(card).problems }).toEqual({ where, problems: [] });
  expect({ where, leftovers: cardStrings(card).filter((s) => s.value.includes('${')) }).toEqual({
    where,
    leftovers: [],
  });
}

function result(check: CheckResult['check'], size: number): CheckResult {
  const long = 'Ж'.repeat(size);
  return {
    check,
    status: 'fail',
    summary: { en: long, ru: long },
    facts: Array.from({ length: 12 }, (_, i) => ({
      label: { en: `fact ${i}`, ru: `факт ${i}` },
      value: long,
    })),
    verdicts: [
      { cause: 'firewall-client-ip-not-allowed', verdict: 'confirmed', because: { en: long, ru: long } },
      { cause: 'admin-user-disabled', verdict: 'confirmed', because: { en: long, ru: long } },
    ],
    fix: Array.from({ length: 5 }, () => ({ text: { en: long, ru: long }, command: `az ${long}\n${long}` })),
    elapsedMs: 1,
  };
}

const HUGE: CheckReport = {
  registry: 'contoso',
  credential: 'delegated-user',
  complete: true,
  azureCalls: 30,
  elapsedMs: 900,
  results: CHECK_IDS.map((c) => result(c, 3000)),
};

describe('the live-checks part of a card', () => {
  it.each(LANGS)(
    'every notice renders as a valid Teams card, on diagnosis and registry cards (%s)',
    (lang) => {
      const diagnosis = diagnose(FIREWALL);
      for (const notice of NOTICES) {
        const section: LiveChecksSection = { kind: 'notice', notice };
        expectValid(
          diagnosisCard({ cardId: CARD_ID, diagnosis, lang, state: REQUESTED, liveChecks: section }),
          notice.kind,
        );
        expectValid(
          registryCard({
            cardId: CARD_ID,
            registry: 'contoso',
            lang,
            checks: 'requested',
            liveChecks: section,
          }),
          `registry ${notice.kind}`,
        );
      }
    },
  );

  it('shows text that may quote the person only in TextRuns (no markdown links), and drops non-https links', () => {
    const card = diagnosisCard({
      cardId: CARD_ID,
      diagnosis: diagnose(FIREWALL),
      lang: 'en',
      state: REQUESTED,
      liveChecks: { kind: 'notice', notice: NOTICES[0]! },
    });
    const quoting = visibleTexts(card).filter((t) => t.text.includes('evil.example'));
    expect(quoting.map((t) => t.element)).toEqual(['TextRun']);
    const consent = registryCard({
      cardId: CARD_ID,
      registry: 'contoso',
      lang: 'en',
      checks: 'requested',
      liveChecks: { kind: 'notice', notice: NOTICES[5]! },
    });
    expect(cardButtons(consent).map((b) => b.title)).toEqual(['Grant access for me', 'Try again']);
    expect(button(consent, 'Grant access for me').url).toBe('https://login.microsoftonline.com/t/authorize');
  });

  it('a progress card names what is still running and offers nothing to press again', () => {
    const report: CheckReport = { ...HUGE, results: [], complete: false, pending: ['network', 'admin-user'] };
    const card = registryCard({
      cardId: CARD_ID,
      registry: 'contoso',
      lang: 'en',
      checks: 'requested',
      liveChecks: { kind: 'progress', report, by: 'Megan <at>Bowen</at>' },
    });
    const text = cardText(card);
    expect(text).toContain('Checking contoso in Azure…');
    expect(text).toContain('0 of 2 checks done.');
    expect(text).toContain('Still checking: Network access and firewall, Admin user.');
    expect(text).toContain('Checking with the Azure permissions of Megan Bowen (Teams sign-in).');
    expect(cardButtons(card)).toEqual([]);
  });

  it('says which identity ran the checks, also for the local developer', () => {
    const report: CheckReport = { ...HUGE, credential: 'local-developer', results: [] };
    const card = registryCard({
      cardId: CARD_ID,
      registry: 'contoso',
      lang: 'ru',
      checks: 'requested',
      liveChecks: { kind: 'report', report },
    });
    expect(cardText(card)).toContain(
      'Проверено с собственной учётной записью Azure разработчика на этом компьютере.',
    );
  });

  it.each(LANGS)('the largest report still fits a Teams message, on both cards (%s)', (lang) => {
    const section: LiveChecksSection = { kind: 'report', report: HUGE, by: 'x'.repeat(500) };
    for (const causes of ['top', 'all'] as const) {
      const card = diagnosisCard({
        cardId: CARD_ID,
        diagnosis: diagnose(FIREWALL),
        lang,
        state: { ...REQUESTED, causes },
        liveChecks: section,
      });
      expect(cardBytes(card)).toBeLessThanOrEqual(MAX_CARD_BYTES);
      expectValid(card, `diagnosis ${causes}`);
    }
    const registry = registryCard({
      cardId: CARD_ID,
      registry: 'contoso',
      lang,
      checks: 'requested',
      liveChecks: section,
    });
    expect(cardBytes(registry)).toBeLessThanOrEqual(MAX_CARD_BYTES);
    expectValid(registry, 'registry');
  });

  it('lists causes the paste did not point at only when a failing check confirmed them', () => {
    const adminOff = (status: 'warn' | 'fail'): CheckResult => ({
      check: 'admin-user',
      status,
      summary: { en: 'The admin user is disabled.', ru: 'Администратор отключён.' },
      facts: [],
      verdicts: [
        {
          cause: 'admin-user-disabled',
          verdict: 'confirmed',
          because: { en: 'adminUserEnabled is false.', ru: 'false' },
        },
      ],
      fix: [
        {
          text: { en: 'Sign in with Entra.', ru: 'Войдите через Entra.' },
          command: 'az acr login -n contoso',
        },
      ],
      elapsedMs: 1,
    });
    const reconciled = (report: CheckReport): CheckReport => ({
      ...report,
      reconciliation: reconcile(diagnose(FIREWALL).causes, report),
    });
    const render = (status: 'warn' | 'fail') =>
      cardText(
        diagnosisCard({
          cardId: CARD_ID,
          diagnosis: diagnose(FIREWALL),
          lang: 'en',
          state: REQUESTED,
          // A finished report, reconciled with the paste's causes as the live-check service hands it over.
          liveChecks: { kind: 'report', report: reconciled({ ...HUGE, results: [adminOff(status)] }) },
        }),
      );
    expect(render('warn')).not.toContain('Also found by the live checks');
    expect(render('fail')).toContain('Also found by the live checks');
  });
});
