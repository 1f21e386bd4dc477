import { ReportStore } from '../../../src/bot/report-store';
import type { CheckReport, CheckResult } from '../../../src/checks/types';

const pass = (check: CheckResult['check'], summary = 'ok'): CheckResult => ({
  check,
  status: 'pass',
  summary: { en: summary, ru: summary },
  facts: [],
  verdicts: [],
  fix: [],
  elapsedMs: 1,
});

const report = (results: CheckResult[], registry = 'contoso'): CheckReport => ({
  registry,
  credential: 'delegated-user',
  results,
  complete: true,
  azureCalls: results.length,
  elapsedMs: 10,
});

describe('the report a card keeps', () => {
  it("adds a narrower run to the same person's report, replacing what it ran again", () => {
    const store = new ReportStore();
    store.save('card', { report: report([pass('registry'), pass('network')]), userKey: 'a' });
    const merged = store.save('card', {
      report: report([pass('registry', 'again'), pass('login-failures')]),
      userKey: 'a',
    });
    expect(merged.report.results.map((r) => [r.check, r.summary.en])).toEqual([
      ['registry', 'again'],
      ['network', 'ok'],
      ['login-failures', 'ok'],
    ]);
    expect(merged.report.azureCalls).toBe(4);
  });

  it("never mixes two people's results, or two registries", () => {
    const store = new ReportStore();
    store.save('card', { report: report([pass('network')]), userKey: 'a' });
    expect(
      store.save('card', { report: report([pass('login-failures')]), userKey: 'b' }).report.results,
    ).toHaveLength(1);
    expect(
      store.save('card', { report: report([pass('admin-user')], 'fabrikam'), userKey: 'b' }).report.results,
    ).toHaveLength(1);
  });

  it('remembers a run in progress until it settles, then forgets it', async () => {
    const store = new ReportStore();
    let finish: () => void = () => undefined;
    const done = new Promise<void>((resolve) => (finish = resolve));
    store.track('card', { latest: () => report([]) }, done);
    expect(store.running('card')).toBeDefined();
    finish();
    await done;
    await Promise.resolve();
    expect(store.running('card')).toBeUndefined();
  });

  it('forgets reports after a day', () => {
    let now = 0;
    const store = new ReportStore({ now: () => now });
    store.save('card', { report: report([pass('network')]), userKey: 'a' });
    now = 24 * 60 * 60 * 1000 + 1;
    expect(store.latest('card')).toBeUndefined();
  });
});
