import {
  cardBytes,
  diagnosisCard,
  MAX_CARD_BYTES,
  nothingFoundCard,
  type CardDiagnosis,
} from '../../../src/cards';
import { diagnose } from '../../../src/diagnosis';
import { CAUSES, LANGS } from '../../../src/knowledge';
import { cardText } from '../../fakes/teams/card-reading';
import { checkTeamsCard, TEAMS_MESSAGE_LIMIT_BYTES } from '../../fakes/teams/teams-cards';

const LONG = 'Ж'.repeat(5000);

/** The largest diagnosis the engine could hand over: every cause long-winded, with long evidence and commands. */
function hugeDiagnosis(): CardDiagnosis {
  const base = diagnose("denied: client with IP '203.0.113.9' is not allowed access");
  const template = base.causes[0];
  if (!template) throw new Error('the engine found no cause in a firewall error');
  return {
    ...base,
    notices: [{ kind: 'truncated', originalChars: 5_000_000, keptChars: 2_097_152 }],
    secrets: [
      { kind: 'password', line: 1 },
      { kind: 'jwt', line: 2 },
    ],
    causes: CAUSES.slice(0, 12).map((cause, i) => ({
      ...template,
      id: cause.id,
      family: cause.family,
      confidence: 1 / (i + 2),
      evidence: Array.from({ length: 5 }, (_, line) => ({ line: line + 1, text: `${LONG} ${line}` })),
      fix: Array.from({ length: 8 }, () => ({
        text: { en: LONG, ru: LONG },
        command: `az acr ${LONG}\n${LONG}`,
      })),
    })),
  };
}

describe('card size', () => {
  it.each(LANGS)(
    'stays under the Teams message limit for the largest diagnosis, and says it shortened (%s)',
    (lang) => {
      for (const causes of ['top', 'all'] as const) {
        const card = diagnosisCard({
          cardId: 'sizesizesizesizesize00',
          diagnosis: hugeDiagnosis(),
          lang,
          state: { causes, feedback: 'none', checks: 'requested' },
          liveChecks: { kind: 'not-configured', missing: ['AZURE_TENANT_ID'] },
        });
        expect(cardBytes(card)).toBeLessThanOrEqual(MAX_CARD_BYTES);
        expect(checkTeamsCard(card).problems).toEqual([]);
        expect(cardText(card)).toMatch(lang === 'en' ? /shortened to fit/ : /сокращены/);
      }
    },
  );

  it('answers a huge paste (megabytes, one enormous line) with a small card', () => {
    const paste = `${'noise '.repeat(200_000)}\n${"denied: client with IP '203.0.113.9' is not allowed access ".repeat(3000)}\n${'x'.repeat(300_000)}`;
    const diagnosis = diagnose(paste);
    const card =
      diagnosis.causes.length > 0
        ? diagnosisCard({
            cardId: 'sizesizesizesizesize00',
            diagnosis,
            lang: 'en',
            state: { causes: 'all', feedback: 'none', checks: 'idle' },
            liveChecks: { kind: 'hidden' },
          })
        : nothingFoundCard(diagnosis, 'en');
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES);
    expect(checkTeamsCard(card).problems).toEqual([]);
  });

  it('shows a short excerpt, not the paste, when nothing is found', () => {
    const card = nothingFoundCard(diagnose(`${'lorem ipsum '.repeat(50_000)}\n`.repeat(3)), 'en');
    expect(cardBytes(card)).toBeLessThan(4096);
  });
});
