import {
  diagnosisCard,
  INITIAL_CARD_STATE,
  type CardState,
  type LiveChecksSection,
} from '../../../src/cards';
import { diagnose } from '../../../src/diagnosis';
import type { Diagnosis } from '../../../src/diagnosis/types';
import { CAUSES, type Lang } from '../../../src/knowledge';
import { button, cardButtons, cardText, visibleTexts } from '../../fakes/teams/card-reading';
import { corpusPaste } from '../../fakes/teams/pastes';
import { firstViewText, firstViewTexts, visibleButtons } from './first-view';

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

const withRegistry = (d: Diagnosis, registry = 'contoso'): Diagnosis => ({
  ...d,
  signals: { ...d.signals, registry },
});

/** A paste the engine cannot decide alone: the ambiguity the engine reports, built here by hand. */
function ambiguous(d: Diagnosis, candidates = 2): Diagnosis {
  return {
    ...d,
    ambiguity: {
      ambiguous: true,
      candidates: d.causes.slice(0, candidates).map((c) => c.id),
      checks: ['network'],
      question: { en: 'Is `publicNetworkAccess` Disabled?', ru: '`publicNetworkAccess` равен Disabled?' },
    },
  };
}

function draw(diagnosis: Diagnosis, lang: Lang = 'en', state: CardState = INITIAL_CARD_STATE) {
  return diagnosisCard({ cardId: CARD_ID, diagnosis, lang, state, liveChecks: { kind: 'hidden' } });
}

describe('the diagnosis card', () => {
  it('shows the verdict, confidence, facts, why, the strongest evidence line and the first fix first (c005)', () => {
    const { diagnosis, card } = render(corpusPaste('c005').text);
    const top = diagnosis.causes[0]!;
    expect(top.family).toBe('firewall-ip-not-allowed');
    const first = firstViewText(card);
    // A registry's "client with IP … is not allowed access" is also what a registry with public access
    // disabled answers: the engine calls it ambiguous, and the card says so instead of "Most likely".
    expect(diagnosis.ambiguity.ambiguous).toBe(true);
    expect(first).toContain(`From the paste alone this is ${title(top.id)}`);
    expect(first).toMatch(/(High|Medium|Low) confidence\n · \d+%/);
    expect(first).toContain('Why: ');
    expect(first).toContain(`From your paste, line ${top.evidence[0]!.line}`);
    // The evidence is the pasted line itself, shown as literal text.
    expect(
      firstViewTexts(card).some((t) => t.element === 'TextRun' && t.text.includes('is not allowed access')),
    ).toBe(true);
    expect(
      firstViewTexts(card)
        .filter((t) => t.element === 'CodeBlock')
        .map((t) => t.text)[0],
    ).toBe(top.fix[0]!.command);
    // The causes beyond the named candidates are folded.
    const candidates = diagnosis.ambiguity.ambiguous ? diagnosis.ambiguity.candidates : [top.id];
    const folded = diagnosis.causes.find((c) => !candidates.includes(c.id))!;
    expect(first).not.toContain(title(folded.id));
    expect(cardText(card)).toContain(title(folded.id));
  });

  it('lists the facts it found: tool, codes and HTTP status', () => {
    const text = firstViewText(render(corpusPaste('c008').text).card);
    expect(text).toContain('Azure CLI');
    expect(text).toContain('CONNECTIVITY_REFRESH_TOKEN_ERROR');
    expect(text).toContain('403 (token request)');
  });

  it('says plainly when the error is not an ACR access problem, and never claims 100 % (c015)', () => {
    const { diagnosis, card } = render(corpusPaste('c015').text);
    expect(diagnosis.verdict).toBe('not-acr');
    expect(diagnosis.causes[0]!.confidence).toBeGreaterThanOrEqual(0.85);
    expect(firstViewText(card)).toMatch(/^ACR Doctor\nNot an ACR access problem: /);
    expect(firstViewText(card)).toMatch(/High confidence\n · (8[5-9]|9\d)%/);
    expect(cardText(card)).not.toMatch(/100\s?%/);
  });

  it.each<[number, string]>([
    [0.92, 'High confidence'],
    [0.55, 'Medium confidence'],
    [0.2, 'Low confidence'],
    [0.001, 'Low confidence'],
  ])('names a confidence of %d "%s"', (confidence, word) => {
    const d = diagnose(corpusPaste('c008').text);
    const card = draw({
      ...d,
      ambiguity: { ambiguous: false },
      causes: [{ ...d.causes[0]!, confidence }, ...d.causes.slice(1)],
    });
    expect(firstViewText(card)).toContain(word);
    if (confidence < 0.005) expect(firstViewText(card)).toContain('<1%');
  });

  it('never says "High" for a paste that cannot decide, whatever its number (c008)', () => {
    const d = diagnose(corpusPaste('c008').text);
    expect(d.ambiguity.ambiguous).toBe(true);
    const card = draw({ ...d, causes: d.causes.map((c) => ({ ...c, confidence: 0.75 })) });
    expect(cardText(card)).not.toContain('High confidence');
    expect(firstViewText(card)).toContain('Medium confidence');
  });

  it('speaks Russian for a Russian locale, with Russian confidence words and number format', () => {
    const { diagnosis, card } = render(corpusPaste('c045').text, 'ru');
    const first = firstViewText(card);
    expect(diagnosis.ambiguity.ambiguous).toBe(false);
    expect(first).toContain(`Вероятнее всего: ${title(diagnosis.causes[0]!.id, 'ru')}`);
    expect(first).toMatch(/(Высокая|Средняя|Низкая) уверенность\n · \d+\u00a0%/);
    expect(first).toContain('Что сделать сначала');
    expect(visibleButtons(card).map((b) => b.title)).toEqual(['Детали', 'Помогло?']);
  });

  it('has at most three visible buttons: Run live checks when a registry is involved, Details, feedback', () => {
    const plain = draw(diagnose(corpusPaste('c008').text));
    expect(visibleButtons(plain)).toEqual([
      { type: 'Action.ToggleVisibility', title: 'Details' },
      { type: 'Action.ShowCard', title: 'Did it help?' },
    ]);
    const registry = draw(withRegistry(diagnose(corpusPaste('c008').text)));
    expect(visibleButtons(registry)).toEqual([
      { type: 'Action.Execute', title: 'Run live checks' },
      { type: 'Action.ToggleVisibility', title: 'Details' },
      { type: 'Action.ShowCard', title: 'Did it help?' },
    ]);
    // Documentation goes to the overflow menu, under readable titles.
    const overflow = cardButtons(registry).filter((b) => b.type === 'Action.OpenUrl');
    expect(overflow.length).toBeGreaterThan(0);
    for (const link of overflow) {
      expect(link.url).toMatch(/^https:\/\//);
      expect(link.title).toMatch(/[a-z]{3}/);
    }
  });

  it('carries only an opaque id, the view state and its language in its buttons, with an Action.Submit fallback', () => {
    const card = draw(withRegistry(diagnose(corpusPaste('c008').text)), 'ru');
    const buttons = cardButtons(card).filter((b) => b.type === 'Action.Execute');
    expect(buttons.map((b) => b.verb)).toEqual(['checks.run', 'feedback.helpful', 'feedback.not-helpful']);
    for (const b of buttons) {
      expect(b.data).toEqual({ id: CARD_ID, causes: 'top', feedback: 'none', checks: 'idle', lang: 'ru' });
      expect(b.fallback).toEqual({
        type: 'Action.Submit',
        title: b.title,
        data: { ...b.data, verb: b.verb },
      });
    }
  });

  it('keeps the language it was written in when someone else presses a button', () => {
    const d = diagnose(corpusPaste('c045').text);
    const card = draw(d, 'en', { ...INITIAL_CARD_STATE, feedback: 'helpful', lang: 'ru' });
    expect(firstViewText(card)).toContain(`Вероятнее всего: ${title(d.causes[0]!.id, 'ru')}`);
    expect(cardText(card)).toContain('Спасибо за отзыв');
  });

  it('folds the other causes, one line each with confidence, and keeps causes under 5 % for "All causes"', () => {
    const d = diagnose(corpusPaste('c005').text);
    const card = draw(d);
    const unlikely = d.causes.filter((c, i) => i > 0 && c.confidence < 0.05);
    const likely = d.causes.filter((c, i) => i > 0 && c.confidence >= 0.05);
    expect(unlikely.length).toBeGreaterThan(0);
    expect(likely.length).toBeGreaterThan(0);
    const details = JSON.stringify(card);
    for (const c of d.causes.slice(1)) expect(cardText(card)).toContain(title(c.id));
    const hidden = (id: string) =>
      (JSON.stringify(card).match(new RegExp(`"id":"${id}","isVisible":false`)) ?? []).length;
    expect(hidden('details')).toBe(1);
    expect(hidden('unlikely-causes')).toBe(1);
    expect(button(card, /^All causes \(\d+\)$/).type).toBe('Action.ToggleVisibility');
    expect(details).toBeTruthy();
    // An old card's "Show all causes" state opens both.
    const all = draw(d, 'en', { ...INITIAL_CARD_STATE, causes: 'all' });
    expect(JSON.stringify(all)).not.toMatch(/"isVisible":false/);
  });

  it('says plainly when the paste alone cannot decide, and offers the live check that does', () => {
    const d = ambiguous(withRegistry(diagnose(corpusPaste('c008').text)));
    const card = draw(d);
    const [a, b] = d.causes.map((c) => title(c.id));
    expect(firstViewText(card)).toContain(`From the paste alone this is ${a} or ${b}`);
    expect(firstViewText(card)).toContain(
      'Run live checks to find out which. These checks decide it: Network access and firewall.',
    );
    expect(visibleButtons(card)[0]).toEqual({ type: 'Action.Execute', title: 'Run live checks' });
    const three = draw(ambiguous(withRegistry(diagnose(corpusPaste('c008').text)), 3), 'ru');
    expect(firstViewText(three)).toMatch(/^ACR Doctor\nСудя только по тексту, это .+, .+ или .+/);
  });

  it('asks the deciding question when no live check can run (no registry in the paste)', () => {
    const card = draw(ambiguous(diagnose(corpusPaste('c008').text)));
    expect(firstViewTexts(card)).toContainEqual({ element: 'TextRun', text: 'publicNetworkAccess' });
    expect(firstViewText(card)).toContain('To tell them apart: ');
    expect(visibleButtons(card).map((b) => b.title)).not.toContain('Run live checks');
  });

  it('shows no literal markdown: code spans of the knowledge base become monospace runs', () => {
    for (const id of ['c005', 'c008', 'c015']) {
      const card = draw(withRegistry(diagnose(corpusPaste(id).text)), 'en', {
        ...INITIAL_CARD_STATE,
        causes: 'all',
      });
      expect(visibleTexts(card).filter((t) => t.text.includes('`'))).toEqual([]);
    }
  });

  it('tells the person to delete the message and rotate the admin password, without showing it', () => {
    const { diagnosis, card } = render(
      '$ docker login contoso.azurecr.io -u contoso -p Sup3rS3cret!x\nError response from daemon: Get "https://contoso.azurecr.io/v2/": unauthorized: authentication required',
    );
    expect(diagnosis.secrets.length).toBeGreaterThan(0);
    const first = firstViewText(card);
    expect(first).toMatch(/contains a secret \(a password\).*delete your message, then rotate the secret/);
    expect(first).toContain('Rotate the admin password of the registry:');
    expect(first).toContain('az acr credential renew -n contoso --password-name password');
    expect(JSON.stringify(card)).not.toContain('Sup3rS3cret');
  });

  it.each<[string, RegExp]>([
    [
      '$ docker login contoso.azurecr.io -u 11111111-2222-3333-4444-555555555555 -p Sup3rS3cret!x\nError response from daemon: unauthorized: authentication required',
      // The username is the app id, but only ids the paste names as such are filled in.
      /^az ad app credential reset --id (?:<app-id>|11111111-2222-3333-4444-555555555555)$/,
    ],
    [
      '$ docker login contoso.azurecr.io -u ci-token -p Sup3rS3cret!x\nError response from daemon: unauthorized: authentication required',
      /^az acr token credential generate -n <token-name> -r contoso --password1 --password2$/,
    ],
  ])('gives the rotation command for the kind of secret (%#)', (paste, command) => {
    const { diagnosis, card } = render(paste, 'ru');
    expect(diagnosis.secrets.length).toBeGreaterThan(0);
    const codes = firstViewTexts(card)
      .filter((t) => t.element === 'CodeBlock')
      .map((t) => t.text);
    expect(codes.some((c) => command.test(c))).toBe(true);
    expect(firstViewText(card)).toContain('удалите сообщение и смените секрет');
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

describe('a sign-in that failed with no registry in the paste (issue 7)', () => {
  it('says the registry is not what failed, and still names the sign-in cause', () => {
    const { diagnosis, card } = render(
      "Run azure/login@v2\nError: AADSTS7000222: The provided client secret keys for app '5b1c9e0a-3d2f-4a67-8e91-2c4b6d8f0a13' are expired.",
    );
    expect(diagnosis.verdict).toBe('not-acr');
    const top = diagnosis.causes[0]!;
    const first = firstViewText(card);
    expect(first).toContain(`The registry is not what failed: ${title(top.id)}`);
    expect(first).not.toContain('Not an ACR access problem');
  });
});

describe('another registry failed, not an ACR (issue 7)', () => {
  const PASTE =
    'docker-compose up -d\nPulling sqldata (mcr.microsoft.com/mssql/server:2022-latest)...\n' +
    'ERROR: Get "https://mcr.microsoft.com/v2/": tls: failed to verify certificate: x509: certificate signed by unknown authority';

  it.each<[Lang, string]>([
    ['en', 'Another registry failed, not your ACR'],
    ['ru', 'Сбой в другом реестре, не в вашем ACR'],
  ])('says so in %s and still names the cause that broke there', (lang, words) => {
    const { diagnosis, card } = render(PASTE, lang);
    expect(diagnosis.notAcrReason).toBe('other-registry');
    const top = diagnosis.causes[0]!;
    expect(top.family).toBe('tls-or-proxy-interception');
    expect(firstViewText(card)).toContain(`${words}: ${title(top.id, lang)}`);
  });
});

describe('causes read from what the person wrote (no tool message)', () => {
  it.each<[Lang, string]>([
    ['en', 'No known error message matched, so these causes come from what you wrote about your setup'],
    ['ru', 'Известных сообщений об ошибках нет, поэтому причины взяты из вашего описания'],
  ])('says so in %s, with the sentence as evidence, escaped', (lang, notice) => {
    const { diagnosis, card } = render(
      'docker push to our ACR fails since friday <b>[see](https://evil.example)</b>\nwe think public network access was disabled by a policy <at>everyone</at>',
      lang,
    );
    expect(diagnosis.fallback?.basis).toBe('statement');
    const text = cardText(card);
    expect(text).toContain(notice);
    expect(text).toContain(title('public-network-access-disabled', lang));
    expect(text).toContain('public network access was disabled by a policy');
    expect(JSON.stringify(card)).not.toContain('[see](https://evil.example)');
    expect(JSON.stringify(card)).not.toContain('<at>everyone</at>');
  });
});
