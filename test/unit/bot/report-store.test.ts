import { MemoryStorage } from 'botbuilder';
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
  it("adds a narrower run to the same person's report, replacing what it ran again", async () => {
    const store = new ReportStore();
    await store.save('card', { report: report([pass('registry'), pass('network')]), userKey: 'a' });
    const merged = await store.save('card', {
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

  it("never mixes two people's results, or two registries", async () => {
    const store = new ReportStore();
    await store.save('card', { report: report([pass('network')]), userKey: 'a' });
    expect(
      (await store.save('card', { report: report([pass('login-failures')]), userKey: 'b' })).report.results,
    ).toHaveLength(1);
    expect(
      (await store.save('card', { report: report([pass('admin-user')], 'fabrikam'), userKey: 'b' })).report
        .results,
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

  it('forgets reports after a day', async () => {
    let now = 0;
    const store = new ReportStore({ now: () => now });
    await store.save('card', { report: report([pass('network')]), userKey: 'a' });
    now = 24 * 60 * 60 * 1000 + 1;
    expect(store.latest('card')).toBeUndefined();
  });
});

describe('reports in shared storage (several instances)', () => {
  const CARD = 'AAAAAAAAAAAAAAAAAAAAAA';

  it('shows on one instance the report another made, and merges a later run into it', async () => {
    const shared = new MemoryStorage();
    const a = new ReportStore({ shared });
    const b = new ReportStore({ shared });
    await a.save(CARD, { report: report([pass('network')]), userKey: 'u', by: 'Ada' });
    expect(b.latest(CARD)).toBeUndefined();
    await b.prefetch([CARD]);
    expect(b.latest(CARD)?.by).toBe('Ada');
    expect(b.latest(CARD)?.report.results.map((r) => r.check)).toEqual(['network']);
    const merged = await b.save(CARD, { report: report([pass('registry')]), userKey: 'u' });
    expect(merged.report.results.map((r) => r.check).sort()).toEqual(['network', 'registry']);
    await a.prefetch([CARD]);
    expect(a.latest(CARD)?.report.results).toHaveLength(2);
  });

  it('reads nothing for ids that are not card ids, and ignores records that are not reports', async () => {
    const shared = new MemoryStorage({
      [`reports/${CARD}`]: JSON.stringify({ json: '{"x":1}', expires: Date.now() + 60_000 }),
    });
    const store = new ReportStore({ shared });
    await store.prefetch([CARD, '../../etc', '']);
    expect(store.latest(CARD)).toBeUndefined();
  });
});
