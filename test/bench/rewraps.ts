/**
 * Does the engine read a message the same way once it has been through what real pastes go through — CI log
 * prefixes, kubectl's event table, journald, JSON escaping, quoting, Teams HTML, colours, terminal wrapping,
 * redaction, prose around it, a long log before it? For every rewrap (rewrap.ts), over the message catalogue and
 * every corpus of real pastes: the share whose first family is still right, and the share that got the same first
 * family as the text as printed. A rule that only hits one exact layout shows up here as a drop, without waiting
 * for a new corpus to find it.
 *   npm run bench:rewrap [-- --misses "<rewrap name>"]
 */
import { diagnose } from '../../src/diagnosis';
import { readMessages, realCorpora, type LabelledPaste } from './corpus';
import { REWRAPS, type Rewrap } from './rewrap';
import { printTable, round } from './table';

interface Outcome {
  readonly paste: LabelledPaste;
  readonly first: string;
  readonly right: boolean;
}

function outcome(paste: LabelledPaste, text: string): Outcome {
  const first = diagnose(text).causes[0]?.family ?? 'none';
  return { paste, first, right: [paste.cause, ...paste.also].includes(first) };
}

/** A set of labelled pastes the bench reads again. */
interface PasteSet {
  readonly name: string;
  readonly pastes: readonly LabelledPaste[];
}

interface Row {
  readonly rewrap: Rewrap;
  readonly set: string;
  readonly right: number;
  readonly same: number;
  readonly changed: ReadonlyArray<{ id: string; before: string; after: string }>;
}

const share = (n: number, d: number) => (d === 0 ? 0 : round(n / d));

function main(): void {
  const missesOf = process.argv.indexOf('--misses');
  const showMissesFor = missesOf > 0 ? process.argv[missesOf + 1] : undefined;
  const sets: PasteSet[] = [
    { name: 'catalogue', pastes: readMessages() },
    { name: 'real pastes', pastes: realCorpora().flatMap((c) => c.pastes) },
  ];
  const rows: Row[] = [];
  for (const set of sets) {
    const printed = set.pastes.map((p) => outcome(p, p.text));
    for (const rewrap of REWRAPS) {
      const now = set.pastes.map((p) => outcome(p, rewrap.apply(p.text)));
      const changed = now
        .map((o, i) => ({ o, before: printed[i] as Outcome }))
        .filter(({ o, before }) => o.first !== before.first)
        .map(({ o, before }) => ({ id: o.paste.id, before: before.first, after: o.first }));
      rows.push({
        rewrap,
        set: set.name,
        right: share(now.filter((o) => o.right).length, now.length),
        same: share(now.length - changed.length, now.length),
        changed,
      });
    }
  }

  const cell = (set: string, name: string) =>
    rows.find((r) => r.set === set && r.rewrap.name === name) as Row;
  console.log(
    `rewraps: ${sets.map((s) => `${s.name} ${s.pastes.length}`).join(', ')} — right = first family is the label; ` +
      'same = first family as for the text as printed',
  );
  printTable(
    ['rewrap', 'kind', 'catalogue right', 'catalogue same', 'real right', 'real same', 'where it happens'],
    REWRAPS.map((w) => {
      const c = cell('catalogue', w.name);
      const r = cell('real pastes', w.name);
      return [
        w.name,
        w.kind,
        c.right.toFixed(3),
        c.same.toFixed(3),
        r.right.toFixed(3),
        r.same.toFixed(3),
        w.seen,
      ];
    }),
  );

  if (showMissesFor) {
    for (const row of rows.filter((r) => r.rewrap.name === showMissesFor && r.changed.length > 0)) {
      console.log(`\n${row.set}, ${row.rewrap.name}: ${row.changed.length} changed`);
      printTable(
        ['id', 'as printed', 'rewrapped'],
        row.changed.map((c) => [c.id, c.before, c.after]),
      );
    }
  }

  // The summary holds the rewraps that change only the text's form: a context rewrap may rightly change the reading.
  const rewrapped = rows.filter((r) => r.rewrap.name !== 'as printed' && r.rewrap.kind === 'form');
  const worst = (set: string, key: 'right' | 'same') =>
    Math.min(...rewrapped.filter((r) => r.set === set).map((r) => r[key]));
  const mean = (set: string, key: 'right' | 'same') => {
    const rs = rewrapped.filter((r) => r.set === set);
    return round(rs.reduce((s, r) => s + r[key], 0) / rs.length);
  };
  console.log(
    JSON.stringify({
      bench: 'rewrap',
      form_rewraps: rewrapped.length / sets.length,
      catalogue_right_as_printed_share: cell('catalogue', 'as printed').right,
      catalogue_right_mean_share: mean('catalogue', 'right'),
      catalogue_right_worst_share: worst('catalogue', 'right'),
      catalogue_same_mean_share: mean('catalogue', 'same'),
      catalogue_same_worst_share: worst('catalogue', 'same'),
      real_right_as_printed_share: cell('real pastes', 'as printed').right,
      real_right_mean_share: mean('real pastes', 'right'),
      real_right_worst_share: worst('real pastes', 'right'),
      real_same_mean_share: mean('real pastes', 'same'),
      real_same_worst_share: worst('real pastes', 'same'),
    }),
  );
}

main();
