/**
 * The labelled data the learned layer is trained on, reduced to features exactly as the engine reduces a paste
 * (normalise, mask secrets, then features.ts): every real-paste corpus (one group each), the channel traffic
 * (`none`, two groups by id so half of it can be held out), our fixture pastes and the message catalogue.
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { causeById, FAMILY_IDS, type CauseId, type FamilyId } from '../../src/knowledge';
import { maskSecrets } from '../../src/diagnosis/mask-secrets';
import { normalise } from '../../src/diagnosis/normalise';
import { featuresOf } from '../../src/diagnosis/learned/features';
import type { Example } from '../../src/diagnosis/learned/train';
import { readFixturePastes, readMessages, realCorpora, type LabelledPaste } from './corpus';

/** The masked, normalised lines of a paste: what diagnose() reads. */
export function linesOf(text: string): readonly string[] {
  return maskSecrets(normalise(text).lines).lines;
}

const isFamily = (s: string): s is FamilyId => (FAMILY_IDS as readonly string[]).includes(s);

export interface LabelledExample extends Example {
  readonly paste: LabelledPaste;
  readonly lines: readonly string[];
  /** The families counted right (the label and its `also`). */
  readonly expected: readonly string[];
}

function example(paste: LabelledPaste, family: FamilyId, group: string, real: boolean): LabelledExample {
  const lines = linesOf(paste.text);
  return {
    paste,
    lines,
    features: featuresOf(lines),
    label: family,
    group,
    real,
    expected: [family, ...paste.also],
  };
}

/** Channel traffic: messages with no ACR error at all (test/fixtures/corpus/channel-traffic.jsonl). */
function trafficExamples(dir: string): LabelledExample[] {
  const path = join(dir, 'channel-traffic.jsonl');
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      const r = JSON.parse(l) as Record<string, unknown>;
      const paste: LabelledPaste = { id: String(r['id']), text: String(r['text']), cause: 'none', also: [] };
      const lines = linesOf(paste.text);
      return {
        paste,
        lines,
        features: featuresOf(lines),
        label: 'none' as const,
        group: i % 2 === 0 ? 'channel-a' : 'channel-b',
        real: true,
        expected: ['none'],
      };
    });
}

export interface LearnedData {
  /** Real pastes per corpus: the ones leave-one-corpus-out holds out. */
  readonly corpora: ReadonlyArray<{ name: string; examples: readonly LabelledExample[] }>;
  /** Always trained on: channel traffic, fixtures, catalogue. */
  readonly traffic: readonly LabelledExample[];
  readonly fixtures: readonly LabelledExample[];
  readonly messages: readonly LabelledExample[];
}

export function readLearnedData(): LearnedData {
  const corpora = realCorpora().map((c) => ({
    name: c.name,
    examples: c.pastes
      .filter((p) => isFamily(p.cause))
      .map((p) => example(p, p.cause as FamilyId, c.name, true)),
  }));
  const fixtures = readFixturePastes().map((p) =>
    example(p, causeById(p.cause as CauseId).family, 'fixtures', false),
  );
  const messages = readMessages()
    .filter((p) => isFamily(p.cause))
    .map((p) => example(p, p.cause as FamilyId, 'messages', false));
  const corpusDir = join(realCorpora()[0]?.path ?? '', '..');
  return { corpora, traffic: trafficExamples(corpusDir), fixtures, messages };
}

/** Every example, for the shipped model. */
export function allExamples(data: LearnedData): LabelledExample[] {
  return [...data.corpora.flatMap((c) => c.examples), ...data.traffic, ...data.fixtures, ...data.messages];
}
