import { diagnose } from '../../../src/diagnosis';
import { listenDecision } from '../../../src/bot/listen-decision';
import { toContract } from '../../../src/cli/contract';
import { looksLikeToolOutput, readStatements, termAt, termOf } from '../../../src/diagnosis/statements';
import { causeById, STATEMENTS } from '../../../src/knowledge';

/**
 * A person's own description of what is wrong (knowledge/statements.ts), the way people ask in a support channel:
 * no tool message, or one next to a sentence that says what changed. Written for this test from the causes'
 * meaning; no corpus paste reads like any of them.
 */
describe('a description alone names the cause it states, low and flagged', () => {
  it.each([
    [
      'Since Monday every deploy fails: public network access was disabled on the registry.',
      'public-network-access-disabled',
    ],
    [
      "Pipeline broke today, the ACR firewall rules don't have the hosted agent's IP so docker push is refused.",
      'firewall-ip-not-allowed',
    ],
    [
      'AKS cannot pull from our ACR, the kubelet identity is missing the AcrPull role.',
      'aks-acr-not-attached',
    ],
    [
      'az acr login fails since this morning, we rotated the service principal secret yesterday',
      'invalid-credentials',
    ],
    [
      'Our nightly docker push to the registry fails, the SP client secret expired on Friday.',
      'expired-credentials',
    ],
    ['docker login to our acr fails because the admin user is disabled', 'admin-user-disabled'],
    [
      'The build agent cannot push to the registry since the network team turned on TLS inspection (Zscaler).',
      'tls-or-proxy-interception',
    ],
    [
      'Image pull fails in the cluster; the tag we deploy does not exist in the acr',
      'image-or-tag-not-found',
    ],
    [
      'Pulling from the registry fails after the team switched us to the wrong tenant.',
      'wrong-tenant-or-subscription',
    ],
    ['Не могу запушить образ в ACR: публичный доступ к реестру отключён', 'public-network-access-disabled'],
    ['docker pull из нашего реестра падает, секрет сервисного принципала истёк', 'expired-credentials'],
    ['ACR へのプッシュが失敗する。パブリックアクセスが無効になっていた。', 'public-network-access-disabled'],
    ['AKS 拉取镜像失败，kubelet 身份没有 AcrPull 角色', 'missing-role-assignment'],
    ['레지스트리 푸시 실패: 방화벽에서 러너 IP가 차단됨', 'firewall-ip-not-allowed'],
    [
      'O push para o registro falha: o segredo do service principal expirou (expirado desde sexta).',
      'expired-credentials',
    ],
    ['El pull desde el registro falló: la etiqueta no existe en el ACR', 'image-or-tag-not-found'],
    ["Le push vers le registre échoue : l'accès public est désactivé", 'public-network-access-disabled'],
    ['Push in die Registry fehlgeschlagen, der Admin-Benutzer ist deaktiviert', 'admin-user-disabled'],
    // Italian, Dutch, Swedish, Polish and Indonesian notes.
    [
      "Il push verso il registro ACR fallisce: l'accesso pubblico è disabilitato",
      'public-network-access-disabled',
    ],
    [
      "Il pull dall'ACR fallisce, le regole di rete del firewall hanno bloccato l'IP dell'agente",
      'firewall-ip-not-allowed',
    ],
    ['De pull uit het ACR mislukt: het geheim van de service principal is verlopen', 'expired-credentials'],
    [
      'Push naar ACR mislukt: DNS naamomzetting van het privé-eindpunt klopt niet',
      'private-endpoint-or-private-dns',
    ],
    ['Pull från ACR misslyckades: taggen finns inte i registryt', 'image-or-tag-not-found'],
    ['Docker login till ACR misslyckas, adminanvändare är inaktiverad', 'admin-user-disabled'],
    ['Push do rejestru ACR nie działa: brakuje roli AcrPush', 'missing-role-assignment'],
    ['Pull image dari ACR gagal: akses publik dinonaktifkan pada registry', 'public-network-access-disabled'],
    // A credential that ran out, a role asked for, and what stopped after a change, in people's words.
    [
      'The service principal secret for our ACR expired yesterday, what do I need to update?',
      'expired-credentials',
    ],
    ['Can someone give me AcrPush on contosoacr? I get denied when pushing.', 'missing-role-assignment'],
    [
      'After we enabled a private endpoint the cluster stopped pulling images from ACR',
      'private-endpoint-or-private-dns',
    ],
    [
      'После включения private endpoint кластер перестал тянуть образы из ACR',
      'private-endpoint-or-private-dns',
    ],
    // Russian's third person ("не может"), not only "не могу".
    ['AKS не может скачать образ из ACR после включения private endpoint', 'private-endpoint-or-private-dns'],
    // Stems and word orders: a rotation in progress, a role that went away, the CLI session said the other way
    // round, the TLS-inspecting proxy named by what it does.
    ['docker login to ACR fails after rotating the service principal secret', 'invalid-credentials'],
    ['ACR pulls fail since the kubelet identity lost its AcrPull role', 'aks-acr-not-attached'],
    [
      'az acr login fails: we are not logged in to az on the build agent',
      'az-cli-not-logged-in-or-token-expired',
    ],
    ['pull from ACR failing since the corporate proxy started inspecting TLS', 'tls-or-proxy-interception'],
    // Commit messages: a fix says what was broken, and its conventional type ("fix(ci): ") is no error chain.
    ['Fix webapp pull: admin credentials were disabled on the registry', 'admin-user-disabled'],
    [
      'fix: kubelet could not pull: imagePullSecret referenced a secret in another namespace',
      'credentials-not-configured',
    ],
    ['Container App failed to pull from ACR: registry identity not configured', 'credentials-not-configured'],
    [
      'Fix ACR push 403 in release workflow: the OIDC service principal only had AcrPull',
      'missing-role-assignment',
    ],
    [
      'fix: build agents could not reach ACR after enabling selected networks on the registry',
      'firewall-ip-not-allowed',
    ],
    [
      "fix: the private endpoint's DNS zone was missing the data endpoint record, layer downloads failed",
      'private-endpoint-or-private-dns',
    ],
    [
      'workaround for `az acr login` failing in Cloud Shell (no docker daemon)',
      'docker-not-running-or-misconfigured',
    ],
    // A tag that never got there, a secret for another registry, a role still to come, an address left out of the
    // registry's list, and a node pool that lost its role.
    ["The pull failed because the image tag didn't exist in the registry", 'image-or-tag-not-found'],
    ['kubelet fails to pull: the pipeline never pushed the v2 tag to our ACR', 'image-or-tag-not-found'],
    [
      'The pull secret in the namespace was made for the wrong registry, so pods cannot pull from ACR',
      'credentials-not-configured',
    ],
    [
      'Image pull failing in container apps: the identity has not been granted AcrPull on the registry yet',
      'missing-role-assignment',
    ],
    [
      "CI push to ACR fails since the agents moved to a NAT IP that isn't in the registry's allowed IP list",
      'firewall-ip-not-allowed',
    ],
    [
      "Pull from our ACR fails: the AKS node pool's identity was recreated and lost its role",
      'aks-acr-not-attached',
    ],
    [
      "The container app can't pull from ACR because its identity got AcrPull on the wrong registry",
      'missing-role-assignment',
    ],
    // Russian's prefixed verb ("запушить").
    [
      'Пайплайн не может запушить образ в ACR: у сервисного принципала только AcrPull',
      'missing-role-assignment',
    ],
  ])('%s', (text, family) => {
    const d = diagnose(text);
    expect(d.causes[0]?.family).toBe(family);
    expect(d.causes[0]?.confidence).toBeLessThanOrEqual(0.5);
    expect(d.fallback).toEqual({ basis: 'statement', line: 1 });
    expect(d.notices).toContainEqual({ kind: 'read-from-description' });
    expect(d.causes[0]?.evidence[0]?.line).toBe(1);
    expect(toContract(d).basis).toBe('statement');
  });

  it('names the sentence that says it, on its own line', () => {
    const d = diagnose(
      'hey team\ndocker push to contoso acr fails since this morning\nwe disabled public network access on friday',
    );
    expect(d.fallback).toEqual({ basis: 'statement', line: 3 });
    expect(d.causes[0]?.evidence.map((e) => e.line)).toEqual([3]);
  });

  it('lists two stated families as undecided', () => {
    const d = diagnose(
      'docker push to our registry fails. The SP secret expired last week, and the ACR firewall rules were also changed to block unknown IPs.',
    );
    expect(
      d.causes
        .slice(0, 2)
        .map((c) => c.family)
        .sort(),
    ).toEqual(['expired-credentials', 'firewall-ip-not-allowed']);
    expect(d.ambiguity.ambiguous).toBe(true);
  });

  it('is never answered unasked in a channel', () => {
    const d = diagnose(
      'Since Monday every deploy fails: public network access was disabled on the registry.',
    );
    expect(listenDecision(d, 0.4)).toMatchObject({ answer: false, reason: 'fallback' });
  });
});

describe('what stops them, said as a block', () => {
  it('reads "the firewall blocks our agent" as the registry firewall', () => {
    const d = diagnose('ACR firewall blocks our build agent');
    expect(d.fallback?.basis).toBe('statement');
    expect(d.causes[0]?.family).toBe('firewall-ip-not-allowed');
  });
});

describe('what is no statement', () => {
  it.each([
    // Nothing failed: a hand-over note.
    'FYI we rotated the ACR admin password yesterday',
    // Nothing failed: a reminder, a move told in the past, a change that went well.
    'Reminder: the ACR service principal secret expires next month, please rotate it.',
    'We no longer use the old registry, everything moved to ACR last year.',
    'We enabled a private endpoint on the registry last week, all good so far.',
    // No registry: another system's secret.
    'The Key Vault secret expired and the function fails',
    // Said not to be the problem, or turned round.
    'docker push to acr fails, but public access is not disabled and the firewall rules are fine',
    'push to the registry fails; the AcrPull role is already assigned to the kubelet identity',
    "docker push to the acr fails, DNS isn't the problem",
    'az acr login works for me now, thanks!',
    // What people avoid or measure is no failure of theirs.
    'ACR metrics look healthy, 0 throttled requests this week',
    'the firewall is no longer blocking contoso.azurecr.io, pulls work again',
    // A role named in another language is a role, not its absence.
    'Pull från ACR misslyckas fast identiteten har rollen AcrPull',
  ])('%s', (text) => {
    expect(diagnose(text).fallback?.basis).not.toBe('statement');
  });

  it("reads a tool's own words as the tool's, not as a description", () => {
    // x509's "certificate has expired" is the registry's TLS, not an expired secret of the person's.
    const d = diagnose(
      'Error response from daemon: Get https://contoso.azurecr.io/v2/: x509: certificate has expired or is not yet valid',
    );
    expect(d.fallback?.basis).not.toBe('statement');
    expect(d.causes.map((c) => c.family)).not.toContain('expired-credentials');
    expect(
      looksLikeToolOutput(
        'Error: Enabling public network access is not supported because exports are disabled.',
      ),
    ).toBe(true);
    expect(looksLikeToolOutput('time="2024-01-02T03:04:05Z" level=error msg="pull failed"')).toBe(true);
    expect(looksLikeToolOutput('failed to resolve reference: failed to authorize: 401')).toBe(true);
    for (const record of [
      'E0514 09:12:05.123456 2314 kuberuntime_manager.go:1256] the kubelet identity is missing',
      '#7 [build 3/6] RUN az acr login -n contoso',
      'Step 4/11 : FROM contoso.azurecr.io/base:1',
      ' ---> the secret expired',
      '  Warning  Failed  2m  kubelet  Failed to pull image',
      // A klog record as normalisation leaves it: its source file named in front (log-prefixes.ts).
      'azure_credentials.go: the acr firewall blocks the token exchange',
      'kuberuntime_image.go: the kubelet identity is missing the role',
    ])
      expect({ record, tool: looksLikeToolOutput(record) }).toEqual({ record, tool: true });
    // Words a klog record carries are the tool's, even when they read like a person's diagnosis: normalisation turns
    // `E0311 09:14:52.301277 31412 azure_credentials.go:187] …` into this.
    expect(readStatements(['azure_credentials.go: the acr firewall blocks our runner.'])).toEqual([]);
    expect(readStatements(['the acr firewall blocks our runner.'])).not.toEqual([]);
    expect(looksLikeToolOutput('we disabled public access on friday and now the push fails')).toBe(false);
    expect(
      looksLikeToolOutput('Normally the push works, but since friday the public access is disabled'),
    ).toBe(false);
  });

  it('halves a question: a guess is weaker than a statement', () => {
    const told = readStatements(['push to the acr fails, the acr firewall blocks our runner.']);
    const asked = readStatements(['push to the acr fails, does the acr firewall block our runner?']);
    expect(told[0]?.weight).toBe(3);
    expect(asked[0]?.weight).toBe(1);
  });

  it('reads only the ends of a long log', () => {
    const log = Array.from({ length: 500 }, (_, i) => `step ${i} ok`);
    log[250] = 'we disabled public network access and the push fails';
    expect(readStatements(log)).toEqual([]);
    log[499] = 'we disabled public network access and the push fails';
    expect(readStatements(log).map((s) => s.line)).toEqual([499]);
  });
});

describe('next to a tool message, a statement raises the family it names', () => {
  it('joins a stated family the shared evidence did not name', () => {
    const event = '  Warning  Failed     2m (x4 over 3m)   kubelet  Error: ImagePullBackOff';
    const alone = diagnose(event);
    const told = diagnose(
      `${event}\nthis started right after we enabled the private endpoint and the private DNS zone has no link to the AKS vnet`,
    );
    expect(alone.causes.map((c) => c.family)).not.toContain('private-endpoint-or-private-dns');
    expect(told.causes.map((c) => c.family).slice(0, 3)).toContain('private-endpoint-or-private-dns');
    expect(told.fallback).toBeUndefined();
  });

  it('raises a candidate of the stated family above the one it led before', () => {
    const login = 'az acr login -n contoso\nError: unauthorized: authentication required';
    const base = diagnose(login).causes.map((c) => c.family);
    const told = diagnose(`${login}\nour pipeline SP secret expired last night`).causes.map((c) => c.family);
    expect(base.indexOf('expired-credentials')).toBeGreaterThan(0);
    expect(told[0]).toBe('expired-credentials');
  });

  it("reads the rest of a sentence whose status is the person's own words, not a tool's", () => {
    // The 403 comes from the sentence itself ("fails with 403"): what it says after the colon is still the person's.
    const alone = diagnose('docker push to contoso.azurecr.io fails with 403');
    const told = diagnose('docker push to contoso.azurecr.io fails with 403: the identity has only AcrPull');
    expect(alone.causes[0]?.family).not.toBe('missing-role-assignment');
    expect(told.causes[0]?.id).toBe('missing-push-permission');
  });
});

describe('the statements knowledge', () => {
  it('matches terms at word starts, short ones as whole words', () => {
    expect(termAt('the node pool', termOf('no'))).toBe(-1);
    expect(termAt('there is no acrpull', termOf('no'))).toBe(9);
    expect(termAt('public access disabled', termOf('disabl'))).toBe(14);
    expect(termAt('undisabled', termOf('disabl'))).toBe(-1);
    expect(termAt('публичный доступ отключён', termOf('отключ'))).toBe(17);
  });

  it('names known causes, in lower-case terms', () => {
    for (const s of STATEMENTS) {
      expect(causeById(s.cause).scope).not.toBe('not-acr');
      for (const group of s.all) {
        expect(group.length).toBeGreaterThan(0);
        expect(new Set(group).size).toBe(group.length);
        for (const term of group) expect(term).toBe(term.toLowerCase());
      }
    }
  });
});
