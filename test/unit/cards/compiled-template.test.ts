import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CAUSES_VIEWS,
  CHECKS_VIEWS,
  diagnosisCard,
  FEEDBACK_VIEWS,
  helpCard,
  INITIAL_CARD_STATE,
  nothingFoundCard,
  registryCard,
  welcomeCard,
  expiredCard,
  failureCard,
  unknownActionCard,
  type CardState,
  type LiveChecksSection,
} from '../../../src/cards';
import { CompiledTemplate } from '../../../src/cards/compiled-template';
import * as templates from '../../../src/cards/templates';
import type { CheckReport, CheckResult } from '../../../src/checks/types';
import { diagnose } from '../../../src/diagnosis';
import { reconcile } from '../../../src/diagnosis/reconcile';
import { CHECK_IDS, LANGS } from '../../../src/knowledge';

/**
 * The compiled templates (src/cards/compiled-template.ts) must produce exactly the card
 * adaptivecards-templating produces for the same data: every bind the card modules make for the pastes of the
 * corpora, in both languages, in every card state, with every kind of live-checks section, is bound both
 * ways and compared (values and key order); and none of it may need the engine's help.
 */

const FIXTURES = join(__dirname, '../../fixtures');

function pastes(): string[] {
  const files = [
    ...readdirSync(join(FIXTURES, 'corpus'))
      .filter((f) => f.endsWith('.jsonl'))
      .map((f) => join(FIXTURES, 'corpus', f)),
    ...readdirSync(join(FIXTURES, 'messages'))
      .filter((f) => f.endsWith('.jsonl'))
      .map((f) => join(FIXTURES, 'messages', f)),
  ];
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => (JSON.parse(line) as { text?: unknown }).text)
      .filter((text): text is string => typeof text === 'string'),
  );
}

function result(check: CheckResult['check'], i: number): CheckResult {
  const status = (['pass', 'fail', 'warn'] as const)[i % 3] ?? 'fail';
  return i % 4 === 3
    ? {
        check,
        status: 'unknown',
        reason: 'no-permission',
        summary: { en: `could not read ${check}`, ru: `не удалось прочитать ${check}` },
        facts: [],
        verdicts: [],
        fix: [],
        elapsedMs: 3,
      }
    : {
        check,
        status,
        summary: { en: `${check} said ${status} with \${x} in it`, ru: `${check}: ${status}` },
        facts: [{ label: { en: 'Public network access', ru: 'Публичный доступ' }, value: 'Disabled' }],
        verdicts:
          status === 'pass'
            ? []
            : [
                {
                  cause: 'firewall-client-ip-not-allowed',
                  verdict: 'confirmed',
                  because: { en: 'b', ru: 'б' },
                },
              ],
        fix:
          status === 'pass'
            ? []
            : [{ text: { en: 'Allow it.', ru: 'Разрешите.' }, command: 'az acr update' }],
        elapsedMs: 5,
      };
}

const REPORT: CheckReport = {
  registry: 'contoso',
  credential: 'delegated-user',
  complete: true,
  azureCalls: 12,
  elapsedMs: 800,
  results: CHECK_IDS.map((c, i) => result(c, i)),
};

const SECTIONS: readonly LiveChecksSection[] = [
  { kind: 'hidden' },
  { kind: 'not-configured', missing: ['LIVE_CHECKS_CLIENT_ID', 'LIVE_CHECKS_TENANT_ID'] },
  { kind: 'notice', notice: { kind: 'no-registry', problem: { en: '"x" is not one', ru: '«x» — нет' } } },
  { kind: 'notice', notice: { kind: 'rate-limited', retryAfterSeconds: 12 } },
  {
    kind: 'notice',
    notice: {
      kind: 'consent-required',
      code: 'AADSTS65001',
      links: { forMe: 'https://login.example/me', forOrganisation: 'https://login.example/org' },
    },
  },
  { kind: 'notice', notice: { kind: 'client-unsupported' } },
  {
    kind: 'progress',
    report: { ...REPORT, complete: false, results: [], pending: ['network'] },
    by: 'Megan',
  },
  { kind: 'report', report: REPORT, by: 'Megan <at>Bowen</at>' },
];

const STATES: readonly CardState[] = CAUSES_VIEWS.flatMap((causes) =>
  FEEDBACK_VIEWS.flatMap((feedback) => CHECKS_VIEWS.map((checks) => ({ causes, feedback, checks }))),
);

interface Call {
  readonly name: templates.TemplateName;
  readonly data: object;
}

/** Runs `draw` with every bind recorded (and answered by the engine, the reference). */
function bindsOf(draw: () => void): Call[] {
  const calls: Call[] = [];
  const spy = jest.spyOn(templates, 'bind').mockImplementation((name, data) => {
    calls.push({ name, data });
    return { card: templates.template(name).expandWithEngine(data) as templates.Bound['card'] };
  });
  try {
    draw();
  } finally {
    spy.mockRestore();
  }
  return calls;
}

function expectSameBoth(calls: readonly Call[]): void {
  expect(calls.length).toBeGreaterThan(0);
  for (const { name, data } of calls) {
    const prepared = templates.template(name);
    const compiled = prepared.expandCompiled(data);
    const engine = prepared.expandWithEngine(data);
    expect(compiled.kind).toBe('bound');
    if (compiled.kind !== 'bound') continue;
    expect(compiled.value).toStrictEqual(engine);
    // Key order too: it is the JSON Teams receives.
    expect(JSON.stringify(compiled.value)).toBe(JSON.stringify(engine));
  }
}

describe('compiled card templates', () => {
  it('compile every template of cards/ (none falls back to the engine wholesale)', () => {
    for (const name of ['diagnosis', 'help', 'message', 'nothing-found', 'registry', 'welcome'] as const)
      expect({ name, compiled: templates.template(name).compiled }).toEqual({ name, compiled: true });
  });

  const all = pastes();
  const diagnoses = all.map((text) => diagnose(text));

  it(`bind every corpus paste (${all.length}) in both languages as the engine does`, () => {
    expect(all.length).toBeGreaterThan(500);
    for (const lang of LANGS) {
      const calls = bindsOf(() => {
        diagnoses.forEach((diagnosis, i) => {
          if (diagnosis.causes.length === 0) nothingFoundCard(diagnosis, lang);
          else
            diagnosisCard({
              cardId: `card${i}`,
              diagnosis,
              lang,
              state: INITIAL_CARD_STATE,
              liveChecks: { kind: 'hidden' },
            });
        });
      });
      expectSameBoth(calls);
    }
  });

  it('bind every card state and live-checks section as the engine does', () => {
    const some = diagnoses.filter((d) => d.causes.length > 0).filter((_d, i) => i % 80 === 0);
    expect(some.length).toBeGreaterThan(10);
    const requested: CardState = { ...INITIAL_CARD_STATE, checks: 'requested' };
    for (const lang of LANGS) {
      const calls = bindsOf(() => {
        for (const diagnosis of some) {
          for (const state of STATES)
            diagnosisCard({ cardId: 'c', diagnosis, lang, state, liveChecks: { kind: 'hidden' } });
          for (const section of SECTIONS) {
            const live =
              section.kind === 'report'
                ? {
                    ...section,
                    report: { ...section.report, reconciliation: reconcile(diagnosis.causes, REPORT) },
                  }
                : section;
            diagnosisCard({ cardId: 'c', diagnosis, lang, state: { ...requested, lang }, liveChecks: live });
          }
        }
        for (const checks of CHECKS_VIEWS)
          for (const section of SECTIONS)
            registryCard({ cardId: 'r', registry: 'contoso', lang, checks, liveChecks: section });
        helpCard(lang);
        welcomeCard(lang, 'personal');
        welcomeCard(lang, 'shared');
        expiredCard(lang);
        unknownActionCard(lang);
        failureCard(lang, 'ab12cd34');
      });
      expectSameBoth(calls);
    }
  });
});

describe('CompiledTemplate, on the engine rules it restates', () => {
  const payload = {
    type: 'AdaptiveCard',
    body: [
      { type: 'TextBlock', text: '${title}', $when: '${show}' },
      { type: 'TextBlock', $data: '${items}', text: '${number}. ${text}', isVisible: '${open}' },
      { type: 'Container', $data: '${empty}', items: [] },
      { type: 'Container', items: ['${list}', null, 'kept'], selectAction: { $data: '${none}', x: 1 } },
      { type: 'TextBlock', text: 'plain $text, no binding', size: 3, flag: false },
    ],
  };
  const data = {
    title: 'T',
    show: true,
    items: [
      { number: 1, text: 'one', open: true },
      { number: 2, text: '${not.expanded}', open: false },
    ],
    empty: [],
    none: [],
    list: ['a', 'b'],
  };

  it('repeats, drops, splices and keeps nulls exactly as the engine does', () => {
    const t = new CompiledTemplate(payload);
    expect(t.compiled).toBe(true);
    const compiled = t.expandCompiled(data);
    expect(compiled).toEqual({ kind: 'bound', value: t.expandWithEngine(data) });
    expect(JSON.stringify(t.expand(data))).toBe(JSON.stringify(t.expandWithEngine(data)));
  });

  it('a false or non-boolean $when drops the element', () => {
    const t = new CompiledTemplate(payload);
    for (const show of [false, 'yes', 1]) {
      const bound = { ...data, show };
      expect(t.expandCompiled(bound)).toEqual({ kind: 'bound', value: t.expandWithEngine(bound) });
    }
  });

  it("leaves what it does not restate to the engine, with the engine's result", () => {
    const t = new CompiledTemplate(payload);
    // A missing value (the engine writes the binding back), a key in other letter cases, a null item.
    for (const odd of [
      { ...data, title: undefined },
      { ...data, Title: 'other case', title: undefined },
      { ...data, items: [null] },
      { ...data, show: undefined },
    ]) {
      expect(t.expandCompiled(odd)).toEqual({ kind: 'needs-engine' });
      expect(t.expand(odd)).toEqual(t.expandWithEngine(odd));
    }
  });

  it('does not compile expressions beyond paths, and still expands them with the engine', () => {
    const t = new CompiledTemplate({ type: 'TextBlock', text: "${if(show, 'y', 'n')}" });
    expect(t.compiled).toBe(false);
    expect(t.expand({ show: true })).toEqual({ type: 'TextBlock', text: 'y' });
  });
});
