import { CHECK_TITLES, type CheckId } from '../knowledge';
import { systemClock } from './clock';
import { runChecks, type RunOptions } from './runner';
import { t } from './text';
import type { CheckReport, CheckResult } from './types';

/**
 * A run of live checks for someone waiting on an answer that must come by a certain time (a Teams card
 * action): `first` settles within `answerWithinMs` with the final report if the run was done by then, or
 * else with the latest progress; `final` always follows with the final report. Neither ever rejects, and
 * `final` settles even if the run itself hung past its deadline, so a progress card is always replaced.
 */
export type FirstAnswer =
  | { readonly kind: 'final'; readonly report: CheckReport }
  | { readonly kind: 'progress'; readonly report: CheckReport };

export interface BudgetedRun {
  readonly first: Promise<FirstAnswer>;
  readonly final: Promise<CheckReport>;
  /** The latest progress report (the final one once the run is over). */
  latest(): CheckReport;
}

export interface BudgetedRunOptions extends RunOptions {
  readonly answerWithinMs: number;
}

/** How long past its own deadline a run may take before it is given up for lost. */
const WATCHDOG_GRACE_MS = 2000;

/** The report with every check that has no result yet stamped `unknown`, for a run that failed or hung. */
function givenUp(latest: CheckReport, options: BudgetedRunOptions, elapsedMs: number): CheckReport {
  const done = new Set(latest.results.map((r) => r.check));
  const missing = options.plan.checks.filter((c) => !done.has(c));
  const results: CheckResult[] = [
    ...latest.results,
    ...missing.map((check: CheckId): CheckResult => ({
      check,
      status: 'unknown',
      reason: 'timeout',
      summary: t(
        `${CHECK_TITLES[check].en} did not finish.`,
        `Проверка «${CHECK_TITLES[check].ru}» не завершилась.`,
      ),
      facts: [],
      verdicts: [],
      fix: [],
      elapsedMs,
    })),
  ];
  const order = new Map(options.plan.checks.map((c, i) => [c, i] as const));
  results.sort((a, b) => (order.get(a.check) ?? 0) - (order.get(b.check) ?? 0));
  return { ...latest, results, complete: false, pending: [], elapsedMs };
}

export function runWithinAnswerBudget(options: BudgetedRunOptions): BudgetedRun {
  const clock = options.clock ?? systemClock;
  const started = clock.now();
  const stop = new AbortController();
  let latest: CheckReport = {
    registry: options.plan.target.loginServer ?? options.plan.target.name,
    credential: options.credential,
    results: [],
    complete: false,
    azureCalls: 0,
    elapsedMs: 0,
    pending: [...options.plan.checks],
  };
  const run = runChecks({
    ...options,
    onProgress: (report) => {
      latest = report;
      options.onProgress?.(report);
    },
  }).catch(() => givenUp(latest, options, clock.now() - started));
  const watchdog = clock
    .sleep(options.deadlineMs + WATCHDOG_GRACE_MS, stop.signal)
    .then(() => givenUp(latest, options, clock.now() - started));
  let finished = false;
  const final = Promise.race([run, watchdog]).then((report) => {
    latest = report;
    finished = true;
    return report;
  });
  // Stopping the timers wakes their sleeps: `finished` is already set by then, so they answer nothing.
  void final.then(() => stop.abort());
  const first = new Promise<FirstAnswer>((resolve) => {
    void final.then((report) => resolve({ kind: 'final', report }));
    void clock.sleep(Math.max(0, options.answerWithinMs), stop.signal).then(() => {
      if (!finished) resolve({ kind: 'progress', report: latest });
    });
  });
  return { first, final, latest: () => latest };
}
