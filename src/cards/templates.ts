import diagnosisJson from '../../cards/diagnosis.json';
import helpJson from '../../cards/help.json';
import messageJson from '../../cards/message.json';
import nothingFoundJson from '../../cards/nothing-found.json';
import liveChecksJson from '../../cards/parts/live-checks.json';
import registryJson from '../../cards/registry.json';
import welcomeJson from '../../cards/welcome.json';
import type { AdaptiveCardJson } from './adaptive-card';
import { CompiledTemplate } from './compiled-template';

/**
 * The card templates of cards/, prepared once. Each template is bound to view data made only of strings,
 * numbers, booleans and arrays of such records (see the *-data modules); user text is never part of a
 * template, and the output is never expanded a second time, so `${…}` in a paste stays literal.
 * Binding runs the template compiled into plain steps (compiled-template.ts), which produce what
 * adaptivecards-templating produces for the same data at a fraction of the cost.
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

const prepared = new Map<TemplateName, CompiledTemplate>();

/** The prepared template (tests hold the compiled steps to the engine's expansion through it). */
export function template(name: TemplateName): CompiledTemplate {
  let t = prepared.get(name);
  if (!t) {
    t = new CompiledTemplate(fillSlots(SOURCES[name], liveChecksJson as unknown as Json));
    prepared.set(name, t);
  }
  return t;
}

export interface Bound {
  readonly card: AdaptiveCardJson;
}

export function bind(name: TemplateName, data: object): Bound {
  return { card: template(name).expand(data) as AdaptiveCardJson };
}
