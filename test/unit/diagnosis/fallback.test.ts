import { listenDecision } from '../../../src/bot/listen-decision';
import { diagnose } from '../../../src/diagnosis';
import { FALLBACK } from '../../../src/diagnosis/fallback';
import { causeById, FALLBACK_SIGNALS } from '../../../src/knowledge';
import { LEARNED } from '../../../src/diagnosis/learned/blend';
import { toContract } from '../../../src/cli/contract';
import { diagnosisCard, INITIAL_CARD_STATE } from '../../../src/cards';
import { DIAGNOSIS_TEXT } from '../../../src/cards/text/diagnosis';

/**
 * The structural fallback: an ACR paste with a failure no rule explains gets the families such a failure can mean,
 * ambiguous and low, instead of "no cause"; a paste not placed at ACR stays without a cause.
 */
describe('structural fallback', () => {
  // Wordings no rule knows (made up in the shape of hosting-service wrappers), each next to an ACR registry.
  it.each([
    ['Provisioning failed for revision web--x1: contoso.azurecr.io: network is unreachable', 'network'],
    ['Deployment of contoso.azurecr.io/web:1 aborted: Name does not resolve', 'name-resolution'],
    ['pull of contoso.azurecr.io/web:1 stopped: server said Forbidden', 'forbidden'],
    ['contoso.azurecr.io/web:1 could not be fetched (Unauthorized)', 'unauthorized'],
    ['az acr something: the thing does not exist', 'not-found'],
    [
      "azurerm_container_registry_task_schedule_run_now.x: unexpected state 'Failed', wanted target 'Succeeded'",
      'failed',
    ],
  ])('answers %s from the %s signal, ambiguous and low', (text, signal) => {
    const d = diagnose(text);
    expect(d.fallback).toMatchObject({ basis: 'structure', signal });
    expect(d.causes.length).toBeGreaterThanOrEqual(2);
    expect(d.verdict).toBe('acr');
    expect(d.ambiguity.ambiguous).toBe(true);
    for (const c of d.causes) expect(c.confidence).toBeLessThanOrEqual(FALLBACK.cap);
    // The evidence is the line that shows the signal.
    expect(d.causes[0]?.evidence.length).toBe(1);
    // Never answered unasked.
    expect(listenDecision(d, 0.01)).toMatchObject({ answer: false, reason: 'fallback' });
  });

  // People's own notes and consoles in other languages: the same signals, read from their words.
  it.each([
    ['contoso.azurecr.io/web:1 の pull が認証エラーになりました', 'unauthorized'],
    ['从 contoso.azurecr.io 拉取镜像时连接失败，超时', 'network'],
    ['Образ contoso.azurecr.io/web:1 не скачивается: доступ запрещён', 'forbidden'],
    ['ACR のリポジトリ web が見つかりません', 'not-found'],
    ['contoso.azurecr.io 레지스트리 로그인 실패', 'failed'],
    ['Falha: acesso negado ao contoso.azurecr.io', 'forbidden'],
  ])('answers "%s" from the %s signal, in its own language', (text, signal) => {
    const d = diagnose(text);
    expect(d.fallback).toMatchObject({ basis: 'structure', signal });
    expect(d.ambiguity.ambiguous).toBe(true);
    for (const c of d.causes) expect(c.confidence).toBeLessThanOrEqual(FALLBACK.cap);
  });

  // A registry's own refusal told with no registry named: in an ACR channel, most often the user's ACR.
  it.each([
    'Our nightly job keeps getting "unauthorized" when it pushes the images',
    'The deploy step got "denied" errors while pushing',
  ])('answers a registry refusal that names no registry, ambiguous and low: %s', (text) => {
    const d = diagnose(text);
    expect(d.fallback).toMatchObject({ basis: 'structure' });
    expect(d.ambiguity.ambiguous).toBe(true);
    for (const c of d.causes) expect(c.confidence).toBeLessThanOrEqual(FALLBACK.cap);
    expect(listenDecision(d, 0.01)).toMatchObject({ answer: false, reason: 'fallback' });
  });

  it('does not place a failed git push at ACR', () => {
    const d = diagnose(
      "error: failed to push some refs to 'https://github.com/contoso/web.git'\n ! [remote rejected] main -> main (protected branch hook declined)",
    );
    expect(d.fallback?.basis).not.toBe('structure');
  });

  it("does not read .NET's FileNotFoundException as a name that did not resolve", () => {
    const d = diagnose(
      "pushed contoso.azurecr.io/orders:41, then the app failed: System.IO.FileNotFoundException: Could not load file or assembly 'Orders.Core'",
    );
    expect(d.fallback).not.toMatchObject({ signal: 'name-resolution' });
  });

  it('gives no cause to a note in another language that names no registry', () => {
    const d = diagnose('デプロイが失敗しました。タイムアウトです');
    expect(d.causes).toEqual([]);
  });

  it("reads az's refused token exchange quoted without its response code as the network rules or the identity", () => {
    const d = diagnose(
      'Run 1234567890: all 12 image builds failed at ACR login with CONNECTIVITY_REFRESH_TOKEN_ERROR',
    );
    expect(d.fallback).toMatchObject({ basis: 'structure', signal: 'exchange-refused' });
    expect(d.causes.map((c) => c.family)).toEqual([
      'public-network-access-disabled',
      'missing-role-assignment',
      'wrong-tenant-or-subscription',
      'firewall-ip-not-allowed',
    ]);
    expect(d.ambiguity.ambiguous).toBe(true);
  });

  it('ranks the candidates by their stated priors', () => {
    const d = diagnose('pull of contoso.azurecr.io/web:1 stopped: server said Forbidden');
    const confidences = d.causes.map((c) => c.confidence);
    expect([...confidences].sort((a, b) => b - a)).toEqual(confidences);
    expect(d.causes[0]?.family).toBe('missing-role-assignment');
  });

  it.each([
    // A failure, but nothing places it at ACR.
    ['Deployment aborted: Name does not resolve'],
    ['Provisioning failed for revision web--x1: network is unreachable'],
    // ACR named, but nothing failed.
    ['Pushed contoso.azurecr.io/web:1 in 4 s'],
  ])('stays without a cause for %s', (text) => {
    const d = diagnose(text);
    expect(d.causes).toEqual([]);
    expect(d.fallback).toBeUndefined();
  });

  it('does not answer for another registry', () => {
    const d = diagnose(
      'Provisioning failed for revision web--x1: ghcr.io/contoso/web:1: network is unreachable',
    );
    expect(d.fallback).toBeUndefined();
    expect(d.verdict).not.toBe('acr');
  });

  it('leaves a paste a rule explains alone', () => {
    const d = diagnose(
      "denied: client with IP '203.0.113.7' is not allowed access. Refer https://aka.ms/acr/firewall to grant access",
    );
    expect(d.fallback).toBeUndefined();
    expect(d.causes[0]?.family).toBe('firewall-ip-not-allowed');
  });

  it('declares candidates of distinct families whose shares add up to at most one', () => {
    for (const signal of FALLBACK_SIGNALS) {
      const families = signal.candidates.map((c) => causeById(c.cause).family);
      expect(new Set(families).size).toBe(families.length);
      const total = signal.candidates.reduce((s, c) => s + c.pastes, 0);
      expect(total).toBeLessThanOrEqual(signal.seen + FALLBACK.shrink);
    }
  });
});

/**
 * Where neither a rule nor the structure explains a paste, the learned layer may guess from its words: the
 * diagnosis, the CLI contract, the card and listening all say it is a guess.
 */
describe('a guess from the words of the paste', () => {
  // An `az aks check-acr` run cut before any check failed: no failure signal, only the words of the setting.
  const text = [
    'az aks check-acr --name aks1 --resource-group rg1 --acr contoso.azurecr.io',
    'Merged "aks1" as current context',
    '[2024-09-23T10:00:00Z] Checking host name resolution (contoso.azurecr.io): SUCCESS',
    '[2024-09-23T10:00:01Z] Canonical name for ACR (contoso.azurecr.io): contoso.westeurope.cloudapp.azure.com',
  ].join('\n');

  it('is marked as words, bounded by the cap, with a notice', () => {
    const d = diagnose(text);
    expect(d.fallback).toEqual({ basis: 'words' });
    expect(d.notices).toContainEqual({ kind: 'guessed-from-words' });
    expect(d.causes.length).toBeGreaterThan(0);
    for (const c of d.causes) {
      expect(c.confidence).toBeLessThanOrEqual(LEARNED.cap);
      expect(c.evidence).toEqual([]);
    }
    expect(toContract(d).basis).toBe('words');
    expect(listenDecision(d, 0.01)).toMatchObject({ answer: false, reason: 'fallback' });
  });

  it.each(['en', 'ru'] as const)('is said on the card (%s)', (lang) => {
    const card = JSON.stringify(
      diagnosisCard({
        cardId: 'cardIdcardIdcardIdcard',
        diagnosis: diagnose(text),
        lang,
        state: INITIAL_CARD_STATE,
        liveChecks: { kind: 'hidden' },
      }),
    );
    expect(card).toContain(DIAGNOSIS_TEXT.guessedFromWords[lang]);
  });

  it('is not made where a rule or the structure answers', () => {
    expect(
      toContract(diagnose('pull of contoso.azurecr.io/web:1 stopped: server said Forbidden')).basis,
    ).toBe('structure');
    const ruled = diagnose(
      'Error response from daemon: Get "https://contoso.azurecr.io/v2/": unauthorized: authentication required',
    );
    expect(ruled.fallback).toBeUndefined();
    expect(toContract(ruled).basis).toBe('rules');
    expect(toContract(diagnose('thanks, see you tomorrow')).basis).toBeNull();
  });
});
