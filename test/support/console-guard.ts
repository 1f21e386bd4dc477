/**
 * A green run prints no stack traces: a test fails when anything it runs writes to console.error or
 * console.warn, unless the test says it expects that (`allowConsole()`), and then the output is kept off the
 * terminal. The bot logs through its Logger, never the console, so console output means a library complained
 * about something we did not handle.
 */
const calls: Array<{ method: string; text: string }> = [];
let allowed = false;

/** For a test that expects console output (it can then assert on `consoleCalls()`). */
export function allowConsole(): void {
  allowed = true;
}

export function consoleCalls(): ReadonlyArray<{ method: string; text: string }> {
  return calls;
}

beforeEach(() => {
  calls.length = 0;
  allowed = false;
  for (const method of ['error', 'warn'] as const)
    jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      calls.push({ method, text: args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ') });
    });
});

afterEach(() => {
  const seen = [...calls];
  jest.restoreAllMocks();
  if (!allowed && seen.length > 0)
    throw new Error(
      `unexpected console output:\n${seen.map((c) => `  console.${c.method}: ${c.text.slice(0, 300)}`).join('\n')}`,
    );
});
