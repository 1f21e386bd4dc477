/**
 * Regular expressions built at run time (`new RegExp(…)` / `RegExp(…)`) must be linear too. The literal
 * test (test/unit/diagnosis/patterns-linear.test.ts) proves every regex literal; this one covers the rest:
 * (1) it finds every RegExp construction in src/ from the sources, and each must be one reviewed here,
 * built only from program constants — never from data that arrives from a paste or from Azure (ABAC
 * conditions and RBAC actions are matched by src/checks/glob.ts, without regular expressions); (2) it
 * records every pattern actually constructed while the modules load and the engine and the checks work,
 * and proves each one linear with recheck.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import { checkSync } from 'recheck';
import ts from 'typescript';

const ROOT = join(__dirname, '..', '..', '..');
const SRC = join(ROOT, 'src');

/** Each construction site, and why its input is a program constant. */
const REVIEWED: Readonly<Record<string, string>> = {
  'checks/ipv4.ts': 'an IPv4 address pattern assembled from a constant octet pattern',
  'diagnosis/log-prefixes.ts': 'the union of the literal log-prefix patterns in the same file',
  'diagnosis/compiled-rules.ts': "a knowledge rule's literal pattern recompiled without the g/y flags",
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

function constructionSites(file: string): string[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const sites: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    ) {
      const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
      sites.push(`${relative(SRC, file)}:${line + 1}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return sites;
}

const files = sourceFiles(SRC);
const sites = files.flatMap(constructionSites);

/** Every pattern the RegExp constructor is given from src/, recorded while the code below runs. */
const built = new Map<string, { source: string; flags: string; site: string }>();
const Original = RegExp;
function recordingRegExp(this: unknown, pattern: string | RegExp, flags?: string): RegExp {
  const re = new Original(pattern, flags);
  // Only constructions made by our own code (the frame right after this function); libraries' are theirs.
  const caller = (new Error().stack ?? '').split('\n')[2] ?? '';
  const file = /\((.*?):\d+:\d+\)/.exec(caller)?.[1] ?? '';
  const site = file.startsWith(`${SRC}/`) ? relative(SRC, file) : '';
  if (site !== '') built.set(`${re.source}/${re.flags}`, { source: re.source, flags: re.flags, site });
  return re;
}
Object.setPrototypeOf(recordingRegExp, Original);
recordingRegExp.prototype = Original.prototype;

beforeAll(async () => {
  (globalThis as { RegExp: unknown }).RegExp = recordingRegExp;
  try {
    await jest.isolateModulesAsync(async () => {
      // Load every module (constructions at load time), then make the engine and the checks work.
      for (const file of files) {
        if (file.endsWith('cli.ts') || file.endsWith('server.ts') || file.includes('app-package')) continue;
        await import(file);
      }
      const { diagnose } = await import('../../../src/diagnosis');
      const samples = join(ROOT, 'test', 'fixtures', 'samples');
      for (const name of readdirSync(samples)) diagnose(readFileSync(join(samples, name), 'utf8'));
      const { isIpv4 } = await import('../../../src/checks/ipv4');
      isIpv4('203.0.113.7');
    });
  } finally {
    (globalThis as { RegExp: unknown }).RegExp = Original;
  }
}, 120_000);

/** Patterns that are exactly a regex literal in src/: the literal test already proves those. */
function literalSources(): Set<string> {
  const out = new Set<string>();
  for (const file of files) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        out.add(text.slice(1, text.lastIndexOf('/')));
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

describe('regular expressions built at run time in src/', () => {
  it('are built only where reviewed, from program constants (none in src/checks from Azure data, none in src/azure)', () => {
    const files = [...new Set(sites.map((s) => s.replace(/:\d+$/, '')))].sort();
    expect(files).toEqual(Object.keys(REVIEWED).sort());
  });

  it('every construction site was exercised, so its patterns were recorded', () => {
    const recorded = new Set([...built.values()].map((b) => b.site));
    for (const file of Object.keys(REVIEWED))
      expect({ file, recorded: recorded.has(file) }).toEqual({ file, recorded: true });
  });

  it('every recorded pattern is linear', () => {
    const literals = literalSources();
    const fresh = [...built.values()].filter((b) => !literals.has(b.source));
    expect(fresh.length).toBeGreaterThan(0);
    for (const p of fresh) {
      const result = checkSync(p.source, p.flags.replace(/[gy]/g, ''), { timeout: 30_000 });
      expect({ site: p.site, pattern: p.source, status: result.status }).toEqual({
        site: p.site,
        pattern: p.source,
        status: 'safe',
      });
    }
  });
});
