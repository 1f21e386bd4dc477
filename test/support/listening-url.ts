/** The bot logs one JSON line per event; the "listening" one carries the messages endpoint. */
export function listeningUrl(output: string): string | undefined {
  for (const line of output.split('\n')) {
    if (!line.includes('"listening"')) continue;
    try {
      const entry = JSON.parse(line) as { event?: unknown; url?: unknown };
      if (entry.event === 'listening' && typeof entry.url === 'string') return entry.url;
    } catch {
      // A line still being written, or not ours.
    }
  }
  return undefined;
}
