import { join } from 'node:path';
import { LANGS, type Lang } from '../../../src/knowledge/text';

/** One entry of a catalogue: its path (module:export.key…) and, per language, the strings it may show. */
export interface CatalogueEntry {
  readonly path: string;
  readonly kind: 'text' | 'plural';
  readonly forms: Readonly<Record<Lang, readonly string[]>>;
}

const ROOT = join(__dirname, '../../..');

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasExactlyLangs = (v: Node): boolean =>
  Object.keys(v).length === LANGS.length && LANGS.every((lang) => lang in v);

function collect(value: unknown, path: string, out: CatalogueEntry[]): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => collect(v, `${path}[${i}]`, out));
    return;
  }
  if (!isNode(value)) return;
  if (hasExactlyLangs(value) && LANGS.every((lang) => typeof value[lang] === 'string')) {
    const forms = Object.fromEntries(LANGS.map((lang) => [lang, [value[lang] as string]]));
    out.push({ path, kind: 'text', forms: forms as Record<Lang, string[]> });
    return;
  }
  if (hasExactlyLangs(value) && LANGS.every((lang) => isNode(value[lang]))) {
    const forms = Object.fromEntries(
      LANGS.map((lang) => [lang, Object.values(value[lang] as Node).map((f) => String(f))]),
    );
    out.push({ path, kind: 'plural', forms: forms as Record<Lang, string[]> });
    return;
  }
  for (const [key, v] of Object.entries(value)) collect(v, `${path}.${key}`, out);
}

/** Every catalogue entry exported by the given modules (paths relative to the repository root). */
export function catalogueEntries(modules: readonly string[]): CatalogueEntry[] {
  const out: CatalogueEntry[] = [];
  for (const module of modules) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exports = require(join(ROOT, module)) as Node;
    for (const [name, value] of Object.entries(exports)) collect(value, `${module}:${name}`, out);
  }
  return out;
}
