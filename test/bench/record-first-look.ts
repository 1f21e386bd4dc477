import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listenDecision } from '../../src/bot/listen-decision';
import { DEFAULT_LISTEN_MIN_CONFIDENCE } from '../../src/config';
import { diagnose } from '../../src/diagnosis';
import { FIXTURES, readJsonl } from './corpus';

/**
 * `npm run first-look:record -- field36`: scores a newly merged held-out corpus once, on the engine of the commit
 * checked out, and writes what it answered to test/fixtures/first-looks/<corpus>.jsonl for `bench:first-looks`.
 * A first look happens once (issue 7): it refuses to overwrite a record, and it refuses to run while the engine's
 * source differs from that commit, since the record names the commit as the engine that answered.
 */

const corpus = process.argv[2];
if (!corpus || !/^[a-z0-9-]+$/.test(corpus)) {
  console.error('usage: npm run first-look:record -- <corpus name, e.g. field36>');
  process.exit(2);
}
const source = join(FIXTURES, 'corpus', `${corpus}.jsonl`);
const target = join(FIXTURES, 'first-looks', `${corpus}.jsonl`);
if (!existsSync(source)) {
  console.error(`no corpus at ${source}`);
  process.exit(2);
}
if (existsSync(target)) {
  console.error(`${target} exists: a corpus is scored once, before any rule is written for it`);
  process.exit(1);
}

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
if (git('status', '--porcelain', '--', 'src') !== '') {
  console.error('src/ has changes that are not committed: commit the engine first, so the record names it');
  process.exit(1);
}
const engine = git('rev-parse', '--short=7', 'HEAD');

const lines = readJsonl(source).map((paste) => {
  const d = diagnose(paste.text);
  return JSON.stringify({
    id: paste.id,
    engine,
    verdict: d.verdict,
    families: d.causes.slice(0, 3).map((c) => c.family),
    confidence: d.causes[0]?.confidence ?? 0,
    listen: listenDecision(d, DEFAULT_LISTEN_MIN_CONFIDENCE).answer ? 'reply' : 'silent',
    ambiguous: d.ambiguity.ambiguous,
  });
});
writeFileSync(target, lines.join('\n') + '\n');
console.log(
  `${lines.length} answers of ${engine} written to ${target}; npm run bench:first-looks reads them`,
);
