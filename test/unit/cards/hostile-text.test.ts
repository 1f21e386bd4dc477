import {
  diagnosisCard,
  INITIAL_CARD_STATE,
  invalidRegistryCard,
  nothingFoundCard,
  type CardDiagnosis,
} from '../../../src/cards';
import { diagnose } from '../../../src/diagnosis';
import { cardButtons, visibleTexts } from '../../fakes/teams/card-reading';
import { cardStrings, checkTeamsCard } from '../../fakes/teams/teams-cards';

/** Pasted text must reach the person as literal characters: no markdown, no links, no mentions, no template evaluation. */
const HOSTILE =
  '**bold** [click](javascript:alert(1)) ${json($root)} ${card.id} <at>Bob</at> </> \u202eevil \u001b[31mred\u001b[0m';
const ERROR_LINE = `Failed to pull image "contoso.azurecr.io/app:1": denied: client with IP '203.0.113.9' is not allowed access ${HOSTILE}`;
const CARD_ID = 'hostilehostilehostile0';

function expectInert(card: unknown): void {
  expect(checkTeamsCard(card).problems).toEqual([]);
  const json = JSON.stringify(card);
  expect(json).not.toMatch(/<at>|<\/at>/i);
  expect(json).not.toContain('\u202e');
  expect(json).not.toContain('\u001b');
  for (const s of cardStrings(card)) {
    const pasted = /javascript:|\*\*bold\*\*|\$\{json|\$\{card\.id\}/.test(s.value);
    if (!pasted) continue;
    // Only elements that show text verbatim may carry it.
    expect({ owner: s.owner, key: s.key }).toEqual(
      s.owner === 'CodeBlock'
        ? { owner: 'CodeBlock', key: 'codeSnippet' }
        : { owner: 'TextRun', key: 'text' },
    );
  }
  for (const b of cardButtons(card)) {
    if (b.url)
      expect(b.url).toMatch(
        /^https:\/\/(learn\.microsoft\.com|aka\.ms|github\.com|docs\.docker\.com|kubernetes\.io|azure\.github\.io)\//,
      );
    expect(JSON.stringify(b.data ?? {})).not.toContain('javascript');
  }
}

describe('hostile text in a paste', () => {
  it('renders literally in the diagnosis card the engine produces', () => {
    const diagnosis = diagnose(ERROR_LINE);
    expect(diagnosis.causes.length).toBeGreaterThan(0);
    const card = diagnosisCard({
      cardId: CARD_ID,
      diagnosis,
      lang: 'en',
      state: INITIAL_CARD_STATE,
      liveChecks: { kind: 'hidden' },
    });
    expectInert(card);
    // The evidence is there, unevaluated.
    expect(
      visibleTexts(card).some((t) => t.element === 'TextRun' && t.text.includes('${json($root)} ${card.id}')),
    ).toBe(true);
  });

  it('renders literally wherever a diagnosis carries user text (evidence, signals, commands)', () => {
    const base = diagnose(ERROR_LINE);
    const hostile: CardDiagnosis = {
      ...base,
      signals: {
        ...base.signals,
        repository: HOSTILE,
        tag: HOSTILE,
        otherRegistries: [HOSTILE],
        clientIps: [HOSTILE],
        aadsts: [HOSTILE],
      },
      causes: base.causes.map((c) => ({
        ...c,
        evidence: [{ line: 1, text: HOSTILE }, ...c.evidence],
        fix: c.fix.map((step) => ({ ...step, command: `${step.command ?? 'echo'} ${HOSTILE}` })),
      })),
    };
    const card = diagnosisCard({
      cardId: CARD_ID,
      diagnosis: hostile,
      lang: 'ru',
      state: { ...INITIAL_CARD_STATE, causes: 'all' },
      liveChecks: { kind: 'hidden' },
    });
    expectInert(card);
    expect(
      visibleTexts(card)
        .filter((t) => t.text.includes('**bold**'))
        .map((t) => t.element),
    ).toEqual(expect.arrayContaining(['TextRun', 'CodeBlock']));
  });

  it('renders literally in the nothing-found card', () => {
    const card = nothingFoundCard(diagnose(`hello\n${HOSTILE}\nbye`), 'en');
    expectInert(card);
    expect(
      visibleTexts(card).some(
        (t) => t.element === 'TextRun' && t.text.includes('[click](javascript:alert(1))'),
      ),
    ).toBe(true);
  });

  it('renders literally in the invalid-registry card', () => {
    expectInert(invalidRegistryCard('en', HOSTILE));
  });
});
