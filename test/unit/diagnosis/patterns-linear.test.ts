/**
 * Every regular expression in src/ must run in linear time: a ReDoS checker (recheck) proves each one safe.
 * The patterns are collected from the TypeScript sources themselves, so a new pattern cannot be forgotten.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import ts from 'typescript';
import { checkSync } from 'recheck';

const SRC = join(__dirname, '..', '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

function regexLiterals(file: string): Array<{ where: string; source: string; flags: string }> {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const found: Array<{ where: string; source: string; flags: string }> = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(sf);
      const end = literal.lastIndexOf('/');
      const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
      found.push({
        where: `${relative(SRC, file)}:${line + 1}`,
        source: literal.slice(1, end),
        flags: literal.slice(end + 1),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

const patterns = sourceFiles(SRC).flatMap(regexLiterals);

describe('regular expressions in src/', () => {
  it('are found', () => {
    expect(patterns.length).toBeGreaterThan(50);
  });

  it.each(patterns.map((p) => [p.where, p] as const))('%s is linear', (_where, p) => {
    const flags = p.flags.replace(/[gy]/g, '');
    // The automaton checker decides exactly and does not depend on the machine's speed; patterns it cannot
    // model (lookarounds, back-references) go to the fuzzing checker. The fuzzer's budget is wall-clock time,
    // so a loaded machine can run out of it on a safe pattern: a timeout earns one longer retry.
    let result = checkSync(p.source, flags, { checker: 'automaton', timeout: 20_000 });
    if (result.status === 'unknown') result = checkSync(p.source, flags, { timeout: 20_000 });
    if (result.status === 'unknown' && result.error.kind === 'timeout') {
      result = checkSync(p.source, flags, { timeout: 120_000 });
    }
    expect({ pattern: p.source, status: result.status }).toEqual({ pattern: p.source, status: 'safe' });
  });
});
