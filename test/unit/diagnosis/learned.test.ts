/**
 * The learned layer (issue 7): a naive Bayes model over the words of a paste, shipped as data and blended with
 * the rules. Its own model is tested with a tiny one trained here, so the tests do not move when the shipped
 * model is retrained; the shipped model is tested for being exactly what the training script produces.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { diagnose } from '../../../src/diagnosis';
import { scoredCandidates } from '../../../src/diagnosis/diagnose';
import { getEngine } from '../../../src/diagnosis/engine';
import { blendLearned, LEARNED, type BlendMode } from '../../../src/diagnosis/learned/blend';
import { featuresOf } from '../../../src/diagnosis/learned/features';
import { SHIPPED_BLEND } from '../../../src/diagnosis/learned';
import { compileModel, predict, type LearnedLabel } from '../../../src/diagnosis/learned/model';
import { countModel, train, type Example } from '../../../src/diagnosis/learned/train';
import { calibrate } from '../../../src/diagnosis/score';
import { allExamples, linesOf, readLearnedData } from '../../bench/learned-data';
import { modelSource } from '../../bench/learned-source';

/** A made-up tool whose words no rule knows: what the learned layer is for. */
const UNKNOWN_TOOL = 'zorblax: frobnicate handshake refused by quuxd gateway';

function examples(): Example[] {
  const out: Example[] = [];
  const add = (label: LearnedLabel, text: string, n: number) => {
    for (let i = 0; i < n; i++)
      out.push({ features: featuresOf(linesOf(text)), label, group: `g${i % 3}`, real: true });
  };
  add('aks-acr-not-attached', UNKNOWN_TOOL, 6);
  add('none', 'thanks a lot, see you at standup tomorrow', 6);
  add('other', 'npm ERR! code ERESOLVE unable to resolve dependency tree', 6);
  return out;
}

const tiny = compileModel(countModel(examples(), 1));
const causes = () => getEngine().causes;
const blend = (text: string, mode: BlendMode) =>
  blendLearned(scoredCandidates(text), linesOf(text), causes(), { model: tiny, mode });

describe('the learned layer', () => {
  it('names the learned family when no rule matches, at no more than the cap, without evidence', () => {
    expect(scoredCandidates(UNKNOWN_TOOL)).toHaveLength(0);
    expect(predict(tiny, featuresOf(linesOf(UNKNOWN_TOOL)))[0]?.probability).toBeGreaterThan(0.9);
    const [first] = blend(UNKNOWN_TOOL, 'fallback');
    expect(first?.matches.compiled.cause.family).toBe('aks-acr-not-attached');
    expect(first?.confidence).toBe(LEARNED.cap);
    expect(first?.matches.matches).toHaveLength(0);
  });

  it('says nothing on its own for chatter or for what it reads as not an ACR problem', () => {
    expect(blend('thanks a lot, see you at standup tomorrow', 'both')).toEqual([]);
    expect(blend('npm ERR! code ERESOLVE unable to resolve dependency tree', 'both')).toEqual([]);
  });

  it('leaves what the rules found untouched in fallback mode, and off is rules only', () => {
    const text =
      'toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating';
    const rules = calibrate(scoredCandidates(text));
    expect(blend(text, 'fallback')).toEqual(rules);
    expect(blend(text, 'off')).toEqual(rules);
    expect(blend(UNKNOWN_TOOL, 'off')).toEqual([]);
  });

  it('keeps a not-ACR look-alike not-ACR, even when the learned layer favours an ACR family', () => {
    const text = `toomanyrequests: You have reached your pull rate limit\n${UNKNOWN_TOOL}`;
    for (const mode of ['fallback', 'both'] as const)
      expect(blend(text, mode)[0]?.matches.compiled.cause.scope).toBe('not-acr');
    expect(diagnose(text).verdict).toBe('not-acr');
  });

  it('never lifts a cause above the rules or the cap when it nudges', () => {
    const text = `Error response from daemon: Get "https://contoso.azurecr.io/v2/": unauthorized: authentication required\n${UNKNOWN_TOOL}`;
    const rules = new Map(
      calibrate(scoredCandidates(text)).map((s) => [s.matches.compiled.cause.id, s.confidence]),
    );
    for (const s of blend(text, 'nudge'))
      expect(s.confidence).toBeLessThanOrEqual(
        Math.max(rules.get(s.matches.compiled.cause.id) ?? 0, LEARNED.cap),
      );
  });

  it('reads shapes, not names: registry names, hosts, GUIDs, IPs and digests are reduced', () => {
    const features = featuresOf([
      'contosoprod.azurecr.io denied client 52.13.4.9 for 0b3c1d2e-1111-4222-8333-944455556666',
      'pulling sha256:4f2a9c0d1e2b3a4f5e6d7c8b9a0f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7 from contosoprod (401)',
    ]);
    expect(features).toEqual(
      expect.arrayContaining(['ᐸacrhostᐳ', 'ᐸipᐳ', 'ᐸguidᐳ', 'ᐸhexᐳ', 'ᐸregistryᐳ', '401']),
    );
    expect(features.join(' ')).not.toMatch(/contoso|52\.13|0b3c1d2e|4f2a9c/);
  });

  it('stays bounded on a huge paste', () => {
    const features = featuresOf(Array.from({ length: 50_000 }, (_, i) => `line ${i} word${i % 997} w${i}x`));
    expect(features.length).toBeLessThanOrEqual(600);
  });

  it('is shipped in the default path as the fallback, and no learned cause is above the cap on real pastes', () => {
    expect(SHIPPED_BLEND).toBe('fallback');
    for (const corpus of readLearnedData().corpora)
      for (const e of corpus.examples)
        for (const c of diagnose(e.paste.text).causes)
          if (c.evidence.length === 0 && c.counterEvidence.length === 0)
            expect(c.confidence).toBeLessThanOrEqual(LEARNED.cap);
  });
});

describe('the shipped model', () => {
  it('is exactly what npm run train:learned produces from the labelled data', () => {
    const shipped = readFileSync(
      join(__dirname, '..', '..', '..', 'src', 'diagnosis', 'learned', 'model-data.ts'),
      'utf8',
    );
    expect(shipped).toBe(modelSource(train(allExamples(readLearnedData()))));
  });

  it('is small', () => {
    const size = readFileSync(
      join(__dirname, '..', '..', '..', 'src', 'diagnosis', 'learned', 'model-data.ts'),
    ).length;
    expect(size).toBeLessThan(300 * 1024);
  });
});
