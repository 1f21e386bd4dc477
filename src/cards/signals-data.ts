import type { Signals } from '../diagnosis/types';
import type { Lang } from '../knowledge';
import { plainLine } from './plain-text';
import { HTTP_CONTEXTS, OPERATION_NAMES, SIGNAL_LABELS } from './text/diagnosis';
import { TOOL_NAMES } from './text/names';

export interface SignalRow {
  readonly label: string;
  readonly value: string;
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

/** The signals the engine extracted, as label/value rows. Values are still treated as user text. */
export function signalRows(signals: Signals, lang: Lang): SignalRow[] {
  const label = SIGNAL_LABELS;
  const rows: SignalRow[] = [];
  const add = (label: string, values: readonly string[]): void => {
    const value = plainLine(unique(values).join(', '), 240).text;
    if (value) rows.push({ label, value });
  };
  const registry = signals.registry;
  if (registry) {
    const server = signals.loginServers.find((ls) => ls.registry === registry && ls.validName);
    add(label.registry[lang], [
      server && server.host !== registry ? `${registry} (${server.host})` : registry,
    ]);
  }
  add(
    label.tool[lang],
    unique([...(signals.tool ? [signals.tool] : []), ...signals.tools]).map((t) => TOOL_NAMES[t] ?? t),
  );
  if (signals.operation)
    add(label.operation[lang], [OPERATION_NAMES[signals.operation]?.[lang] ?? signals.operation]);
  add(label.codes[lang], [...signals.checkHealth.map((f) => f.code), ...signals.distribution]);
  add(
    label.http[lang],
    signals.http.map((h) => `${h.status} (${(HTTP_CONTEXTS[h.context] ?? HTTP_CONTEXTS.unknown)[lang]})`),
  );
  add(label.entra[lang], signals.aadsts);
  add(label.clientIp[lang], signals.clientIps);
  if (signals.repository)
    add(label.image[lang], [signals.tag ? `${signals.repository}:${signals.tag}` : signals.repository]);
  add(label.otherRegistries[lang], signals.otherRegistries);
  return rows;
}
