import type { CheckReport, CheckResult, CheckStatus } from '../checks/types';
import { CHECK_TITLES, fill, type CheckId, type Lang } from '../knowledge';
import { causeTitle } from './known-causes';
import {
  noticeAllowsRetry,
  type CardState,
  type LiveCheckNotice,
  type LiveChecksSection,
} from './card-state';
import { plainLine, plainLines } from './plain-text';
import { DIAGNOSIS_TEXT } from './text/diagnosis';
import {
  CHECK_STATUS_TEXT,
  LIVE_CHECK_NOTICES,
  LIVE_CHECK_TEXT,
  UNKNOWN_REASON_TEXT,
} from './text/live-checks';

const STATUS_COLOR: Readonly<Record<CheckStatus, string>> = {
  pass: 'Good',
  fail: 'Attention',
  warn: 'Warning',
  unknown: 'Default',
};

/** How much of each check result a card shows; cards step down these levels until they fit a Teams message. */
export interface LiveDetail {
  readonly facts: number;
  readonly factChars: number;
  readonly summaryChars: number;
  readonly steps: number;
  readonly commandChars: number;
  /** Findings shown under each cause of a diagnosis ("<check>: <because>"). */
  readonly because: number;
  /** Causes the checks found that the paste did not point at. */
  readonly alsoFound: number;
}

export const LIVE_DETAILS: readonly LiveDetail[] = [
  { facts: 8, factChars: 200, summaryChars: 400, steps: 3, commandChars: 1000, because: 3, alsoFound: 5 },
  { facts: 5, factChars: 160, summaryChars: 300, steps: 2, commandChars: 600, because: 2, alsoFound: 3 },
  { facts: 3, factChars: 120, summaryChars: 240, steps: 1, commandChars: 400, because: 1, alsoFound: 2 },
  { facts: 2, factChars: 80, summaryChars: 160, steps: 1, commandChars: 240, because: 1, alsoFound: 1 },
  { facts: 1, factChars: 60, summaryChars: 120, steps: 1, commandChars: 160, because: 1, alsoFound: 1 },
  // Last resort: each check's status and a line of summary; the fixes stay under the causes they confirm.
  { facts: 0, factChars: 0, summaryChars: 100, steps: 0, commandChars: 0, because: 1, alsoFound: 0 },
];

export interface LiveRenderOptions {
  readonly detail: LiveDetail;
  /** Registry cards list each check's verdicts; diagnosis cards show them under the causes instead. */
  readonly verdicts: boolean;
  /** Checks whose fix steps the card already shows under a cause they confirmed. */
  readonly stepsShownElsewhere: ReadonlySet<CheckId>;
}

/** Binding data for cards/parts/live-checks.json. */
export interface LiveChecksData {
  readonly show: boolean;
  readonly notConfigured: {
    readonly show: boolean;
    readonly title: string;
    readonly body: string;
    readonly hasMissing: boolean;
    readonly missing: string;
    readonly meanwhile: string;
  };
  readonly notice: {
    readonly show: boolean;
    readonly title: string;
    readonly body: string;
    readonly hasCode: boolean;
    readonly code: string;
    readonly hasLinks: boolean;
    readonly links: readonly { readonly title: string; readonly url: string }[];
  };
  readonly report: {
    readonly show: boolean;
    readonly title: string;
    readonly credential: string;
    readonly results: readonly ResultData[];
    readonly progress: { readonly show: boolean; readonly count: string; readonly pending: string };
    readonly incomplete: { readonly show: boolean; readonly text: string };
  };
}

interface ResultData {
  readonly status: string;
  readonly statusColor: string;
  readonly title: string;
  readonly summary: string;
  readonly facts: readonly { readonly label: string; readonly value: string }[];
  readonly verdicts: readonly { readonly label: string; readonly text: string }[];
  readonly steps: readonly StepData[];
}

export interface StepData {
  readonly number: string;
  readonly text: string;
  readonly command: string;
  readonly hasCommand: boolean;
}

/** A check's fix steps: the text is ours, the command holds values from Azure and the paste (shown literally). */
export function checkSteps(result: CheckResult, lang: Lang, detail: LiveDetail): StepData[] {
  return result.fix.slice(0, detail.steps).map((step, i) => {
    const command = step.command ? plainLines(step.command, 20, detail.commandChars).text : '';
    return {
      number: String(i + 1),
      text: plainLine(step.text[lang], detail.summaryChars).text,
      command,
      hasCommand: command !== '',
    };
  });
}

function resultData(result: CheckResult, lang: Lang, options: LiveRenderOptions): ResultData {
  const { detail } = options;
  const summary =
    result.status === 'unknown'
      ? `${result.summary[lang]} ${UNKNOWN_REASON_TEXT[result.reason][lang]}`
      : result.summary[lang];
  return {
    status: CHECK_STATUS_TEXT[result.status][lang],
    statusColor: STATUS_COLOR[result.status],
    title: CHECK_TITLES[result.check][lang],
    summary: plainLine(summary, detail.summaryChars).text,
    // Fact values come from Azure: data, shown literally.
    facts: result.facts.slice(0, detail.facts).map((f) => ({
      label: plainLine(f.label[lang], 80).text,
      value: plainLine(f.value, detail.factChars).text,
    })),
    // A check confirms some causes whenever a setting holds (the admin user is off, as recommended); without
    // a paste that makes them matter, only a failing check's confirmations are worth a line.
    verdicts: options.verdicts
      ? result.verdicts
          .filter((v) => v.verdict === 'ruled-out' || result.status === 'fail')
          .slice(0, detail.because)
          .map((v) => ({
            label: fill(
              v.verdict === 'confirmed' ? LIVE_CHECK_TEXT.confirms : LIVE_CHECK_TEXT.rulesOut,
              lang,
            ),
            text: plainLine(`${causeTitle(v.cause, 'other', lang)} (${v.because[lang]})`, detail.summaryChars)
              .text,
          }))
      : [],
    // A passing check needs no fixing; a check whose fix stands under the cause it confirmed is not repeated.
    steps:
      result.status === 'pass' || options.stepsShownElsewhere.has(result.check)
        ? []
        : checkSteps(result, lang, detail),
  };
}

const REGISTRY_LABEL = /^[a-z0-9]{5,50}(?:-[a-z0-9]{1,30})?$/i;

/** The registry's name (the first label of a login server), for titles; the runner only reports validated names. */
function registryTitle(report: CheckReport): string {
  const name = report.registry.split('.')[0] ?? '';
  return REGISTRY_LABEL.test(name) ? name.toLowerCase() : '';
}

function credentialLine(report: CheckReport, by: string | undefined, running: boolean, lang: Lang): string {
  const t = LIVE_CHECK_TEXT;
  if (report.credential === 'local-developer')
    return fill(running ? t.checkingAsDeveloper : t.checkedAsDeveloper, lang);
  const name = by === undefined ? '' : plainLine(by, 60).text;
  if (!name) return fill(running ? t.checkingAsUnnamedUser : t.checkedAsUnnamedUser, lang);
  return fill(running ? t.checkingAsUser : t.checkedAsUser, lang, { name });
}

const URL_OK = /^https:\/\/[^\s"<>]{1,2000}$/;

function noticeData(notice: LiveCheckNotice, lang: Lang): LiveChecksData['notice'] {
  const n = LIVE_CHECK_NOTICES;
  const plain = (title: string, body: string, code?: string) => ({
    show: true,
    title,
    body,
    hasCode: code !== undefined && code !== '',
    code: code ? fill(LIVE_CHECK_TEXT.code, lang, { code: plainLine(code, 60).text }) : '',
    hasLinks: false,
    links: [] as { title: string; url: string }[],
  });
  switch (notice.kind) {
    case 'no-registry':
      // The problem may quote what the person typed: it goes into a TextRun, never into markdown.
      return plain(fill(n.noRegistry, lang), plainLine(notice.problem[lang], 300).text);
    case 'other-tenant':
      return plain(fill(n.otherTenantTitle, lang), fill(n.otherTenantBody, lang));
    case 'tenant-unknown':
      return plain(fill(n.tenantUnknownTitle, lang), fill(n.tenantUnknownBody, lang));
    case 'wrong-token':
      return plain(fill(n.wrongTokenTitle, lang), fill(n.wrongTokenBody, lang));
    case 'rate-limited':
      return plain(
        fill(n.rateLimitedTitle, lang),
        fill(n.rateLimitedBody, lang, { seconds: Math.max(1, Math.ceil(notice.retryAfterSeconds)) }),
      );
    case 'consent-required': {
      const links = [
        { title: fill(LIVE_CHECK_TEXT.grantForMe, lang), url: notice.links.forMe },
        { title: fill(LIVE_CHECK_TEXT.grantForOrganisation, lang), url: notice.links.forOrganisation },
      ].filter((l) => URL_OK.test(l.url));
      return {
        ...plain(fill(n.consentTitle, lang), fill(n.consentBody, lang)),
        hasCode: true,
        code: fill(n.consentCode, lang, { code: plainLine(notice.code, 60).text }),
        hasLinks: links.length > 0,
        links,
      };
    }
    case 'developer-sign-in':
      return plain(fill(n.developerSignInTitle, lang), fill(n.developerSignInBody, lang), notice.code);
    case 'sign-in-failed':
      return plain(fill(n.signInFailedTitle, lang), fill(n.signInFailedBody, lang), notice.code);
    case 'entra-unavailable':
      return plain(fill(n.entraUnavailableTitle, lang), fill(n.entraUnavailableBody, lang));
    case 'client-unsupported':
      return plain(fill(n.clientUnsupportedTitle, lang), fill(n.clientUnsupportedBody, lang));
  }
}

const NO_NOTICE: LiveChecksData['notice'] = {
  show: false,
  title: '',
  body: '',
  hasCode: false,
  code: '',
  hasLinks: false,
  links: [],
};

function reportData(
  section: LiveChecksSection,
  lang: Lang,
  options: LiveRenderOptions,
): LiveChecksData['report'] {
  const t = LIVE_CHECK_TEXT;
  if (section.kind !== 'report' && section.kind !== 'progress') {
    return {
      show: false,
      title: '',
      credential: '',
      results: [],
      progress: { show: false, count: '', pending: '' },
      incomplete: { show: false, text: '' },
    };
  }
  const { report } = section;
  const running = section.kind === 'progress';
  const pending = running ? (report.pending ?? []) : [];
  const total = report.results.length + pending.length;
  return {
    show: true,
    title: fill(running ? t.progressTitle : t.reportTitle, lang, { registry: registryTitle(report) }),
    credential: credentialLine(report, section.by, running, lang),
    results: report.results.map((r) => resultData(r, lang, options)),
    progress: {
      show: running,
      count: running ? fill(t.progressCount, lang, { done: report.results.length, total }) : '',
      pending:
        running && pending.length > 0
          ? fill(t.pending, lang, { checks: pending.map((c) => CHECK_TITLES[c][lang]).join(', ') })
          : '',
    },
    incomplete: { show: !running && !report.complete, text: fill(t.incomplete, lang) },
  };
}

export function liveChecksData(
  section: LiveChecksSection,
  lang: Lang,
  options: LiveRenderOptions,
): LiveChecksData {
  const t = LIVE_CHECK_TEXT;
  const missing =
    section.kind === 'not-configured'
      ? section.missing.filter((name) => /^[A-Z][A-Z0-9_]*(?: or [A-Z][A-Z0-9_]*)*$/.test(name))
      : [];
  return {
    show: section.kind !== 'hidden',
    notConfigured: {
      show: section.kind === 'not-configured',
      title: fill(t.notConfiguredTitle, lang),
      body: fill(t.notConfiguredBody, lang),
      hasMissing: missing.length > 0,
      missing: fill(t.missing, lang, { names: missing.join(', ') }),
      meanwhile: fill(t.meanwhile, lang),
    },
    notice: section.kind === 'notice' ? noticeData(section.notice, lang) : NO_NOTICE,
    report: reportData(section, lang, options),
  };
}

/** The live-check buttons under a card: run (or run again, or try again) and the login-failures view. */
export interface LiveCheckButtons {
  readonly checks: { readonly show: boolean; readonly title: string };
  readonly loginFailures: { readonly show: boolean; readonly title: string };
}

/** The login-failures view is offered once a report found the registry and did not already look at its logs. */
function offersLoginFailures(report: CheckReport): boolean {
  const lookup = report.results.find((r) => r.check === 'registry');
  const found = lookup !== undefined && lookup.status !== 'unknown' && lookup.status !== 'fail';
  return found && !report.results.some((r) => r.check === 'login-failures');
}

export function liveCheckButtons(section: LiveChecksSection, state: CardState, lang: Lang): LiveCheckButtons {
  const t = LIVE_CHECK_TEXT;
  const runChecks = fill(DIAGNOSIS_TEXT.runChecks, lang);
  const hidden = { show: false, title: fill(t.loginFailures, lang) };
  const run = (title: string) => ({ show: true, title });
  switch (section.kind) {
    case 'hidden':
      return { checks: run(runChecks), loginFailures: hidden };
    case 'not-configured':
    case 'progress':
      return { checks: { show: false, title: runChecks }, loginFailures: hidden };
    case 'notice':
      return {
        checks: noticeAllowsRetry(section.notice)
          ? run(fill(t.tryAgain, lang))
          : { show: state.checks === 'idle', title: runChecks },
        loginFailures: hidden,
      };
    case 'report':
      return {
        checks: run(fill(t.runAgain, lang)),
        loginFailures: {
          show: offersLoginFailures(section.report),
          title: fill(t.loginFailures, lang),
        },
      };
  }
}
