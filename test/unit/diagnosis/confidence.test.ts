/**
 * Confidence that means what it says: a string known to mean several things stays well below certainty,
 * more than 0.95 needs two independent pieces of evidence, equal evidence is ordered by the stated prior, and
 * a paste that cannot decide says so.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { diagnose } from '../../../src/diagnosis';
import { scoredCandidates } from '../../../src/diagnosis/diagnose';
import { recalibrate } from '../../../src/diagnosis/recalibration';
import {
  calibrate,
  confidenceCap,
  corroboratesLookAlike,
  independentEvidence,
  SCORING,
  SHIPPED,
  undecidedConfidence,
  UNSURE_CEILING,
} from '../../../src/diagnosis/score';
import { causeById } from '../../../src/knowledge';

const DIR = join(__dirname, '..', '..', 'fixtures', 'pastes');
const pastes = readdirSync(DIR)
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) =>
    readFileSync(join(DIR, f), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { id: string; text: string }),
  );

describe('ambiguity', () => {
  it('says a bare 401 cannot be decided, and puts little weight on any one cause', () => {
    const d = diagnose(
      'Error response from daemon: Head "https://contoso.azurecr.io/v2/web/manifests/1.0": unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.',
    );
    expect(d.ambiguity.ambiguous).toBe(true);
    if (!d.ambiguity.ambiguous) return;
    expect(d.ambiguity.candidates.length).toBeGreaterThanOrEqual(2);
    expect(new Set(d.ambiguity.candidates.map((id) => causeById(id).family)).size).toBe(
      d.ambiguity.candidates.length,
    );
    expect(d.causes[0]?.confidence).toBeLessThanOrEqual(SCORING.caps.undecided);
    expect(d.ambiguity.question.en.length).toBeGreaterThan(0);
  });

  it('names the firewall and disabled public access for a 403 on the token exchange', () => {
    const d = diagnose(
      "An error occurred: CONNECTIVITY_REFRESH_TOKEN_ERROR\nAccess to registry 'contoso.azurecr.io' was denied. Response code: 403. Please try running 'az login' again to refresh permissions.",
    );
    expect(d.ambiguity.ambiguous).toBe(true);
    if (!d.ambiguity.ambiguous) return;
    expect(d.ambiguity.candidates).toEqual(
      expect.arrayContaining(['public-network-access-disabled', 'firewall-client-ip-not-allowed']),
    );
    expect(d.ambiguity.checks.length).toBeGreaterThan(0);
  });

  it("puts the subscription first among az's three readings of a registry it could not find", () => {
    // The commonest of the three in the real pastes (6 of 13); a missing read role and a wrong name stay candidates.
    const d = diagnose(
      "ERROR: The resource with name 'contoso' and type 'Microsoft.ContainerRegistry/registries' could not be found in subscription 'Contoso Dev (3f2a9c1e-4b7d-4e21-9a55-0c6d8e1f2b34)'.",
    );
    expect(d.causes[0]?.id).toBe('cli-wrong-subscription');
    expect(d.ambiguity.ambiguous).toBe(true);
    expect(d.causes.slice(0, 3).map((c) => c.id)).toEqual(
      expect.arrayContaining(['no-arm-read-on-registry', 'registry-name-wrong-or-missing']),
    );
  });

  it('is not claimed when one line settles it', () => {
    const d = diagnose(
      'Error response from daemon: Get "https://contoso.azurecr.io/v2/": denied: client with IP \'203.0.113.7\' is not allowed access. Refer https://aka.ms/acr/firewall to grant access.',
    );
    expect(d.causes[0]?.id).toBe('firewall-client-ip-not-allowed');
    expect(d.ambiguity.ambiguous).toBe(false);
    // One line is one piece of evidence, however many clues it holds.
    expect(d.causes[0]?.confidence).toBeLessThanOrEqual(SCORING.caps.oneIndependent);
  });
});

describe('a line printed again', () => {
  const line = (n: number) =>
    `web  | ${n}.0${n}s standard_init_linux.go:228: exec user process caused: exec format error`;

  it('is one piece of evidence, however often a tool repeats it', () => {
    const once = calibrate(scoredCandidates(line(1)))[0];
    const thrice = calibrate(scoredCandidates([line(1), line(2), line(3)].join('\n')))[0];
    expect(thrice?.independent).toBe(once?.independent);
    expect(thrice?.confidence).toBeLessThanOrEqual(0.95);
  });

  it("is one piece of evidence when the registry's error body is quoted again after other words (field21 21K004)", () => {
    const body =
      '{"errors":[{"code":"MANIFEST_BLOB_UNKNOWN","message":"blob unknown to registry","detail":"sha256:feb5d9"}]}';
    const once = calibrate(scoredCandidates(`Error message:\n${body}`))[0];
    const twice = calibrate(
      scoredCandidates(`Error message:\n${body}\n\nStack trace:\nRestError: ${body}`),
    )[0];
    expect(twice?.independent).toBe(once?.independent);
    expect(twice?.confidence).toBeLessThanOrEqual(0.95);
  });

  it('does not make two different lines one', () => {
    const two = calibrate(
      scoredCandidates(
        `${line(1)}\nexec /usr/local/bin/docker-entrypoint.sh: exec format error (the image was built for arm64)`,
      ),
    )[0];
    const one = calibrate(scoredCandidates(line(1)))[0];
    expect(two?.independent).toBeGreaterThan(one?.independent ?? 0);
  });
});

describe.each(pastes.map((p) => [p.id, p] as const))('%s', (_id, paste) => {
  const scored = calibrate(scoredCandidates(paste.text));

  it('is above 0.95 only with two independent pieces of evidence', () => {
    for (const s of scored) if (s.confidence > 0.95) expect(s.independent).toBeGreaterThanOrEqual(2);
  });

  it('keeps a cause resting only on shared strings well below certainty', () => {
    for (const s of scored)
      if (s.independent === 0) {
        expect(s.confidence).toBeLessThanOrEqual(SCORING.caps.sharedOnly);
        expect(s.confidence).toBeLessThanOrEqual(UNSURE_CEILING);
      }
  });

  it('shows no cause of an undecided paste above the undecided cap', () => {
    const d = diagnose(paste.text);
    if (d.ambiguity.ambiguous)
      for (const c of d.causes) expect(c.confidence).toBeLessThanOrEqual(SCORING.caps.undecided);
  });

  it('is never certain', () => {
    for (const s of scored) expect(s.confidence).toBeLessThan(1);
  });

  it('gives no later cause more than the first, and never more than certainty in all', () => {
    const [first, ...rest] = scored;
    for (const s of rest) expect(s.confidence).toBeLessThanOrEqual(first?.confidence ?? 0);
    expect(scored.reduce((sum, s) => sum + s.confidence, 0)).toBeLessThanOrEqual(1 + 1e-9);
  });

  it('orders equal scores by prior', () => {
    for (let i = 1; i < scored.length; i++) {
      const [a, b] = [scored[i - 1], scored[i]];
      if (a && b && a.score === b.score) expect(a.prior).toBeGreaterThanOrEqual(b.prior);
    }
  });
});

describe('a weak clue alone', () => {
  it('is not shown as sure as one decisive line (field61 61F010, in other words)', () => {
    const text = 'Error: pull access denied, the repository is private or gone';
    const [first] = calibrate(scoredCandidates(text));
    expect(first?.score).toBeLessThan(SHIPPED.noneScore);
    expect(first?.confidence).toBeLessThanOrEqual(SCORING.caps.sharedOnly);
    expect(diagnose(text).causes[0]?.confidence).toBeLessThanOrEqual(SCORING.caps.sharedOnly);
  });
});

describe('the caps the calibration fit chooses', () => {
  it('keep shared strings and undecided pastes below the ceiling issue 7 sets, and below one piece of evidence', () => {
    expect(SCORING.caps.sharedOnly).toBeLessThanOrEqual(UNSURE_CEILING);
    expect(SCORING.caps.undecided).toBeLessThanOrEqual(UNSURE_CEILING);
    expect(UNSURE_CEILING).toBeLessThan(0.8);
    expect(SCORING.caps.sharedOnly).toBeLessThan(SCORING.caps.oneIndependent);
  });

  it('hold whatever parameters a refit proposes', () => {
    const scored = scoredCandidates(
      'Error response from daemon: Head "https://contoso.azurecr.io/v2/web/manifests/1.0": unauthorized: authentication required',
    );
    const wild = { ...SHIPPED, sharedOnlyCap: 0.99, undecidedCap: 0.99 };
    expect(scored.some((s) => s.independent === 0)).toBe(true);
    for (const s of calibrate(scored, wild))
      if (s.independent === 0) expect(s.confidence).toBeLessThanOrEqual(UNSURE_CEILING);
    expect(undecidedConfidence(0.97, wild)).toBe(UNSURE_CEILING);
  });
});

describe('one piece of evidence', () => {
  // Our own pastes: a login server and a tag that is not there; another registry's refusal of a name with no host.
  const ACR_ONE_LINE =
    'Error response from daemon: manifest for contoso.azurecr.io/api:9 not found: manifest unknown: manifest tagged by "9" is not found';
  const LOOK_ALIKE_ONE_LINE =
    "Error response from daemon: pull access denied for orders, repository does not exist or may require 'docker login': denied: requested access to the resource is denied";

  it('holds an ACR cause lower than a look-alike: the first looks found it right less often', () => {
    expect(SCORING.caps.oneIndependent).toBeLessThan(SCORING.caps.lookAlikeOneIndependent);
    expect(SCORING.caps.lookAlikeOneIndependent).toBeLessThanOrEqual(0.95);
    expect(confidenceCap(1)).toBe(SCORING.caps.oneIndependent);
    expect(confidenceCap(1, undefined, true)).toBe(SCORING.caps.lookAlikeOneIndependent);
    // More than one piece, or none, is held alike whatever the cause says.
    expect(confidenceCap(2, undefined, true)).toBe(confidenceCap(2));
    expect(confidenceCap(0, undefined, true)).toBe(confidenceCap(0));
  });

  it('shows each kind at its own cap', () => {
    const acr = diagnose(ACR_ONE_LINE).causes[0];
    expect(acr?.scope).not.toBe('not-acr');
    expect(acr?.confidence).toBe(SCORING.caps.oneIndependent);
    const lookAlike = diagnose(LOOK_ALIKE_ONE_LINE).causes[0];
    expect(lookAlike?.scope).toBe('not-acr');
    expect(lookAlike?.confidence).toBe(SCORING.caps.lookAlikeOneIndependent);
  });
});

describe('another registry named on its own line', () => {
  // Our own pastes: Docker Hub's pull limit, with and without the line that names the registry it came from.
  const LIMIT =
    'toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit';
  const PULLING = 'Trying to pull registry-1.docker.io/library/redis:7.2...';

  it('is a second piece of evidence for a look-alike cause', () => {
    const alone = calibrate(scoredCandidates(LIMIT))[0];
    const named = calibrate(scoredCandidates(`${PULLING}\n${LIMIT}`))[0];
    expect(named?.matches.compiled.cause.id).toBe(alone?.matches.compiled.cause.id);
    expect(named?.matches.compiled.cause.scope).toBe('not-acr');
    expect(named?.independent).toBe((alone?.independent ?? 0) + 1);
    expect(named?.confidence).toBeGreaterThan(0.95);
  });

  it('adds nothing when it is the line the cause already reads', () => {
    const corroborated = independentEvidence([], undefined, 3);
    expect(corroborated).toBe(0);
    const scored = scoredCandidates(`${PULLING}\n${LIMIT}`);
    const reading = scored.find((s) => s.matches.compiled.cause.id === 'non-acr-registry');
    const lines = reading?.matches.matches.flatMap((m) => m.lines) ?? [];
    expect(reading?.independent).toBe(new Set(lines).size);
  });

  it('is no evidence for an ACR cause', () => {
    expect(corroboratesLookAlike({ scope: 'not-acr', family: 'other' })).toBe(true);
    expect(corroboratesLookAlike({ scope: 'acr-other', family: 'other' })).toBe(false);
    expect(corroboratesLookAlike({ scope: 'not-acr', family: 'dns-resolution-failure' })).toBe(false);
  });
});

describe('recalibration', () => {
  const model = SCORING.recalibration;

  it('grows with the softmax probability of the first cause', () => {
    const ps = [0.2, 0.4, 0.6, 0.8, 0.95, 0.99];
    const out = ps.map((p) => recalibrate(p, 1, model));
    for (let i = 1; i < out.length; i++) expect(out[i]).toBeGreaterThan(out[i - 1] as number);
  });

  it('trusts strings several families share less than one independent piece', () => {
    expect(recalibrate(0.8, 0, model)).toBeLessThan(recalibrate(0.8, 1, model));
  });
});
