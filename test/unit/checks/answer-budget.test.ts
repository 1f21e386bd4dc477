import { CLOUDS, createAzureApis, type TokenCredential } from '../../../src/azure';
import { runWithinAnswerBudget, type FirstAnswer } from '../../../src/checks/answer-budget';
import type { Check, CheckOutcome } from '../../../src/checks/check';
import { buildPlan, NO_PASTE } from '../../../src/checks/plan';
import type { CheckId } from '../../../src/knowledge';
import { manualClock, type ManualClock } from '../../fakes/time/manual-clock';

/**
 * The answer budget with time under the test's control: checks are real Check implementations that finish
 * when the test lets them, Azure is never reached (the credential refuses, and no check asks it).
 */
const refusing: TokenCredential = {
  getToken: () => Promise.reject(new Error('no Azure in this test')),
};

function gate() {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

function check(id: CheckId, until: Promise<void>): Check {
  return {
    id,
    needs: 'nothing',
    audiences: [],
    wanted: () => true,
    async run(): Promise<CheckOutcome> {
      await until;
      return {
        status: 'pass',
        summary: { en: `${id} ok`, ru: `${id} ok` },
        facts: [],
        verdicts: [],
        fix: [],
      };
    },
  };
}

function start(clock: ManualClock, checks: Check[], answerWithinMs: number, deadlineMs = 8000) {
  const planned = buildPlan(NO_PASTE, CLOUDS.AzurePublicCloud, {
    registry: 'contoso',
    only: checks.map((c) => c.id),
  });
  if (!planned.ok) throw new Error(planned.problem.en);
  const plan = { ...planned.plan, checks: checks.map((c) => c.id) };
  const azure = createAzureApis({ endpoints: CLOUDS.AzurePublicCloud, credential: refusing });
  return runWithinAnswerBudget({
    plan,
    azure,
    credential: 'delegated-user',
    deadlineMs,
    clock,
    checks,
    answerWithinMs,
  });
}

function settledWith<T>(promise: Promise<T>): { value?: T } {
  const box: { value?: T } = {};
  void promise.then((v) => (box.value = v));
  return box;
}

describe('answer budget', () => {
  it('answers with the final report when the run is done within the budget', async () => {
    const clock = manualClock();
    const a = gate();
    const run = start(clock, [check('network', a.opened)], 4000);
    const first = settledWith(run.first);
    await clock.advance(1000);
    expect(first.value).toBeUndefined();
    a.open();
    await clock.advance(0);
    expect(first.value?.kind).toBe('final');
    expect(first.value?.report.complete).toBe(true);
    expect(clock.sleeping).toBe(0);
  });

  it('answers with progress when the budget runs out, then the final report follows', async () => {
    const clock = manualClock();
    const fast = gate();
    const slow = gate();
    const run = start(clock, [check('network', fast.opened), check('admin-user', slow.opened)], 4000);
    const first = settledWith(run.first);
    const final = settledWith(run.final);
    fast.open();
    await clock.advance(3999);
    expect(first.value).toBeUndefined();
    await clock.advance(1);
    const progress = first.value as FirstAnswer;
    expect(progress.kind).toBe('progress');
    expect(progress.report.results.map((r) => r.check)).toEqual(['network']);
    expect(progress.report.pending).toEqual(['admin-user']);
    expect(final.value).toBeUndefined();
    slow.open();
    await clock.advance(0);
    expect(final.value?.results.map((r) => [r.check, r.status])).toEqual([
      ['network', 'pass'],
      ['admin-user', 'pass'],
    ]);
    expect(clock.sleeping).toBe(0);
  });

  it('a check that never finishes is reported as timed out at the deadline, and the final report still comes', async () => {
    const clock = manualClock();
    const never = new Promise<void>(() => undefined);
    const run = start(clock, [check('network', Promise.resolve()), check('throttling', never)], 1000, 5000);
    const final = settledWith(run.final);
    await clock.advance(4999);
    expect(final.value).toBeUndefined();
    await clock.advance(1);
    const report = final.value;
    expect(report?.complete).toBe(false);
    const stuck = report?.results.find((r) => r.check === 'throttling');
    expect(stuck?.status === 'unknown' && stuck.reason).toBe('timeout');
    expect(report?.results.find((r) => r.check === 'network')?.status).toBe('pass');
  });
});
