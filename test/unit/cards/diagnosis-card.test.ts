import {
  diagnosisCard,
  INITIAL_CARD_STATE,
  type CardState,
  type LiveChecksSection,
} from '../../../src/cards';
import { diagnose } from '../../../src/diagnosis';
import { CAUSES, type Lang } from '../../../src/knowledge';
import { button, cardButtons, cardText, visibleTexts } from '../../fakes/teams/card-reading';
import { corpusPaste } from '../../fakes/teams/pastes';

const CARD_ID = 'cardIdcardIdcardIdcard';

function render(
  text: string,
  lang: Lang = 'en',
  state: CardState = INITIAL_CARD_STATE,
  liveChecks: LiveChecksSection = { kind: 'hidden' },
) {
  const diagnosis = diagnose(text);
  return { diagnosis, card: diagnosisCard({ cardId: CARD_ID, diagnosis, lang, state, liveChecks }) };
}

const title = (id: string, lang: Lang = 'en'): string => {
  const cause = CAUSES.find((c) => c.id === id);
  if (!cause) throw new Error(`no cause ${id}`);
  return cause.title[lang];
};

describe('the diagnosis card', () => {
  it('puts the firewall cause first for corpus paste c005, with the evidence line and fix commands', () => {
    const { diagnosis, card } = render(corpusPaste('c005').text);
    const top = diagnosis.causes[0];
    expect(top?.family).toBe('firewall-ip-not-allowed');
    const texts = visibleTexts(card);
    expect(texts[1]?.text).toBe(`Most likely: ${title(top!.id)}`);
    // The evidence is the pasted line itself, shown as literal text.
    expect(texts.some((t) => t.element === 'TextRun' && t.text.includes('is not allowed access'))).toBe(true);
    expect(texts.some((t) => t.element === 'CodeBlock' && t.text.startsWith('az acr network-rule'))).toBe(
      true,
    );
    expect(cardText(card)).toMatch(/\b1% likely|\d+% likely/);
    expect(
      cardButtons(card)
        .filter((b) => b.type === 'Action.OpenUrl')
        .every((b) => b.url?.startsWith('https://')),
    ).toBe(true);
  });

  it('lists the signals it found: tool, codes and HTTP status', () => {
    const text = cardText(render(corpusPaste('c008').text).card);
    expect(text).toContain('Azure CLI');
    expect(text).toContain('CONNECTIVITY_REFRESH_TOKEN_ERROR');
    expect(text).toContain('403 (token request)');
  });

  it('says plainly when the error is not an ACR access problem (c015: a Docker Hub mirror)', () => {
    const { diagnosis, card } = render(corpusPaste('c015').text);
    expect(diagnosis.verdict).toBe('not-acr');
    expect(visibleTexts(card)[1]?.text).toMatch(/^This is not an ACR access problem, it is: /);
  });

  it('speaks Russian for a Russian locale', () => {
    const { diagnosis, card } = render(corpusPaste('c005').text, 'ru');
    expect(visibleTexts(card)[1]?.text).toBe(`Вероятнее всего: ${title(diagnosis.causes[0]!.id, 'ru')}`);
    expect(button(card, 'Проверить в Azure').verb).toBe('checks.run');
    expect(cardText(card)).toContain('Как исправить');
  });

  it('warns to rotate a secret it masked, without showing the secret', () => {
    const { diagnosis, card } = render(
      '$ docker login contoso.azurecr.io -u admin -p Sup3rS3cret!x\nError response from daemon: Get "https://contoso.azurecr.io/v2/": unauthorized: authentication required',
    );
    expect(diagnosis.secrets.length).toBeGreaterThan(0);
    expect(cardText(card)).toMatch(/contained a secret \(a password\).*rotate it/);
    expect(JSON.stringify(card)).not.toContain('Sup3rS3cret');
  });

  it('carries only an opaque id and the view state in its buttons, with an Action.Submit fallback', () => {
    const { diagnosis, card } = render(corpusPaste('c008').text);
    expect(diagnosis.causes.length).toBeGreaterThan(3);
    const buttons = cardButtons(card).filter((b) => b.type === 'Action.Execute');
    expect(buttons.map((b) => b.title)).toEqual([
      'Run live checks',
      `Show all ${diagnosis.causes.length} causes`,
      'Helpful',
      'Not helpful',
    ]);
    for (const b of buttons) {
      expect(b.data).toEqual({ id: CARD_ID, causes: 'top', feedback: 'none', checks: 'idle' });
      expect(b.fallback).toEqual({
        type: 'Action.Submit',
        title: b.title,
        data: { ...b.data, verb: b.verb },
      });
    }
  });

  it('shows every cause, explained, when asked, and offers to show fewer', () => {
    const paste = corpusPaste('c008').text;
    const top = render(paste).card;
    const all = render(paste, 'en', { ...INITIAL_CARD_STATE, causes: 'all' });
    const ranks = (card: unknown) =>
      visibleTexts(card).filter((t) => /^\d+\. $/.test(t.text) && t.element === 'TextRun').length;
    expect(cardText(all.card)).toContain(title(all.diagnosis.causes.at(-1)!.id));
    expect(cardText(top)).not.toContain(title(all.diagnosis.causes.at(-1)!.id));
    expect(ranks(all.card)).toBeGreaterThan(ranks(top));
    const second = CAUSES.find((c) => c.id === all.diagnosis.causes[1]!.id)!;
    const explained = second.explanation.en.slice(0, 80);
    expect(cardText(all.card)).toContain(explained);
    expect(cardText(top)).not.toContain(explained);
    expect(button(all.card, 'Show fewer').verb).toBe('causes.top');
  });

  it('thanks for feedback instead of asking again', () => {
    const { card } = render(corpusPaste('c005').text, 'en', { ...INITIAL_CARD_STATE, feedback: 'helpful' });
    expect(cardText(card)).toContain('Thanks for the feedback');
    expect(cardButtons(card).map((b) => b.title)).not.toContain('Helpful');
    const notSaved = render(corpusPaste('c005').text, 'en', {
      ...INITIAL_CARD_STATE,
      feedback: 'not-saved',
    }).card;
    expect(cardText(notSaved)).toContain('could not save your feedback');
  });

  it('says live checks are not configured, and which settings are missing', () => {
    const { card } = render(
      corpusPaste('c005').text,
      'en',
      { ...INITIAL_CARD_STATE, checks: 'requested' },
      { kind: 'not-configured', missing: ['AZURE_TENANT_ID'] },
    );
    const text = cardText(card);
    expect(text).toContain('Live checks are not configured on this bot');
    expect(text).toContain('Settings still missing: AZURE_TENANT_ID');
    expect(cardButtons(card).map((b) => b.title)).not.toContain('Run live checks');
  });

  it('renders a live-check report in the same card', () => {
    const report: LiveChecksSection = {
      kind: 'report',
      report: {
        registry: 'contoso',
        credential: 'local-developer',
        complete: true,
        azureCalls: 1,
        elapsedMs: 10,
        results: [
          {
            check: 'network',
            status: 'fail',
            summary: { en: 'The firewall denies 203.0.113.7.', ru: 'Брандмауэр запрещает 203.0.113.7.' },
            facts: [{ label: { en: 'Default action', ru: 'Действие по умолчанию' }, value: '**Deny**' }],
            verdicts: [
              {
                cause: 'firewall-client-ip-not-allowed',
                verdict: 'confirmed',
                because: { en: 'Not in the rules.', ru: 'Нет в правилах.' },
              },
            ],
            fix: [
              {
                text: { en: 'Allow it.', ru: 'Разрешите.' },
                command: 'az acr network-rule add -n contoso --ip-address 203.0.113.7',
              },
            ],
            elapsedMs: 5,
          },
        ],
      },
    };
    const { card } = render(
      corpusPaste('c005').text,
      'en',
      { ...INITIAL_CARD_STATE, checks: 'requested' },
      report,
    );
    const texts = visibleTexts(card);
    expect(cardText(card)).toContain('Live checks for contoso');
    expect(cardText(card)).toContain('Problem');
    expect(texts).toContainEqual({ element: 'TextRun', text: '**Deny**' });
    expect(texts).toContainEqual({
      element: 'CodeBlock',
      text: 'az acr network-rule add -n contoso --ip-address 203.0.113.7',
    });
  });
});
