import { Template } from 'adaptivecards-templating';
import diagnosisJson from '../../cards/diagnosis.json';
import helpJson from '../../cards/help.json';
import messageJson from '../../cards/message.json';
import nothingFoundJson from '../../cards/nothing-found.json';
import liveChecksJson from '../../cards/parts/live-checks.json';
import registryJson from '../../cards/registry.json';
import welcomeJson from '../../cards/welcome.json';
import type { AdaptiveCardJson } from './adaptive-card';

/**
 * The card templates of cards/, prepared once. Each template is bound to view data made only of strings,
 * numbers, booleans and arrays of such records (see the *-data modules); user text is never part of a
 * template, and the output is never expanded a second time, so `${…}` in a paste stays literal.
 */
export type TemplateName = 'diagnosis' | 'help' | 'message' | 'nothing-found' | 'registry' | 'welcome';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Templates hold an empty `Container` with this id where the live-checks section (cards/parts/) goes. */
const LIVE_CHECKS_SLOT = 'live-checks';

function isRecord(value: Json): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Replaces every slot container with the part, deep-copying as it goes so the imported JSON stays untouched. */
function fillSlots(node: Json, part: Json): Json {
  if (Array.isArray(node)) return node.map((item) => fillSlots(item, part));
  if (!isRecord(node)) return node;
  if (node['type'] === 'Container' && node['id'] === LIVE_CHECKS_SLOT) return structuredClone(part);
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, fillSlots(value, part)]));
}

const SOURCES: Readonly<Record<TemplateName, Json>> = {
  diagnosis: diagnosisJson as unknown as Json,
  help: helpJson as unknown as Json,
  message: messageJson as unknown as Json,
  'nothing-found': nothingFoundJson as unknown as Json,
  registry: registryJson as unknown as Json,
  welcome: welcomeJson as unknown as Json,
};

const prepared = new Map<TemplateName, Template>();

function template(name: TemplateName): Template {
  let t = prepared.get(name);
  if (!t) {
    t = new Template(fillSlots(SOURCES[name], liveChecksJson as unknown as Json));
    prepared.set(name, t);
  }
  return t;
}

export interface Bound {
  readonly card: AdaptiveCardJson;
  /** Bindings that did not resolve: a bug in a *-data module, surfaced by the tests. */
  readonly warnings: readonly string[];
}

export function bind(name: TemplateName, data: object): Bound {
  const t = template(name);
  const card = t.expand({ $root: data }) as AdaptiveCardJson;
  return { card, warnings: t.getLastTemplateExpansionWarnings() };
}
