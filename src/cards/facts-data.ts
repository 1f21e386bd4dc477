import type { Signals } from '../diagnosis/types';
import type { Lang } from '../knowledge';
import type { Run } from './inline-runs';
import { signalRows } from './signals-data';

/**
 * The facts found in a paste as one short paragraph: "Registry: contoso · Tool: Azure CLI · …", labels in
 * the default font and the values (user text, shown literally) in monospace.
 */
export function factRuns(signals: Signals, lang: Lang): Run[] {
  return signalRows(signals, lang).flatMap((row, i): Run[] => [
    { text: `${i > 0 ? '  ·  ' : ''}${row.label}: `, font: 'Default' },
    { text: row.value, font: 'Monospace' },
  ]);
}
