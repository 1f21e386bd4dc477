import type { Signals } from '../diagnosis/types';
import type { Lang } from '../knowledge';
import { plainLine } from './plain-text';
import { STRINGS } from './strings';

export interface SignalRow {
  readonly label: string;
  readonly value: string;
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

/** The signals the engine extracted, as label/value rows. Values are still treated as user text. */
export function signalRows(signals: Signals, lang: Lang): SignalRow[] {
  const s = STRINGS[lang];
  const rows: SignalRow[] = [];
  const add = (label: string, values: readonly string[]): void => {
    const value = plainLine(unique(values).join(', '), 240).text;
    if (value) rows.push({ label, value });
  };
  const registry = signals.registry;
  if (registry) {
    const server = signals.loginServers.find((ls) => ls.registry === registry && ls.validName);
    add(s.signalLabels.registry, [
      server && server.host !== registry ? `${registry} (${server.host})` : registry,
    ]);
  }
  add(
    s.signalLabels.tool,
    unique([...(signals.tool ? [signals.tool] : []), ...signals.tools]).map((t) => s.tools[t] ?? t),
  );
  if (signals.operation)
    add(s.signalLabels.operation, [s.operations[signals.operation] ?? signals.operation]);
  add(s.signalLabels.codes, [...signals.checkHealth.map((f) => f.code), ...signals.distribution]);
  add(
    s.signalLabels.http,
    signals.http.map((h) => `${h.status} (${s.httpContexts[h.context] ?? s.httpContexts.unknown})`),
  );
  add(s.signalLabels.entra, signals.aadsts);
  add(s.signalLabels.clientIp, signals.clientIps);
  if (signals.repository)
    add(s.signalLabels.image, [signals.tag ? `${signals.repository}:${signals.tag}` : signals.repository]);
  add(s.signalLabels.otherRegistries, signals.otherRegistries);
  return rows;
}
