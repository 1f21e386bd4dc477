import type { CheckReport, CheckResult, CheckStatus } from '../checks/types';
import { CHECK_TITLES, type CheckId, type Lang } from '../knowledge';
import { causeTitle } from './known-causes';
import {
  noticeAllowsRetry,
  type CardState,
  type LiveCheckNotice,
  type LiveChecksSection,
} from './card-state';
import type { LiveCheckStrings } from './live-check-strings';
import { plainLine, plainLines } from './plain-text';
import { STRINGS } from './strings';

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
  const s = STRINGS[lang].liveChecks;
  const { detail } = options;
  const summary =
    result.status === 'unknown'
      ? `${result.summary[lang]} ${s.reasons[result.reason]}`
      : result.summary[lang];
  return {
    status: s.status[result.status],
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
            label: v.verdict === 'confirmed' ? s.confirmed : s.ruledOut,
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

function credentialLine(
  report: CheckReport,
  by: string | undefined,
  running: boolean,
  s: LiveCheckStrings,
): string {
  const words = running ? s.credentialRunning : s.credential;
  if (report.credential === 'local-developer') return words.localDeveloper;
  const name = by === undefined ? '' : plainLine(by, 60).text;
  return name ? words.delegatedUser(name) : words.delegatedUserUnnamed;
}

const URL_OK = /^https:\/\/[^\s"<>]{1,2000}$/;

function noticeData(notice: LiveCheckNotice, lang: Lang): LiveChecksData['notice'] {
  const s = STRINGS[lang].liveChecks;
  const n = s.notices;
  const plain = (title: string, body: string, code?: string) => ({
    show: true,
    title,
    body,
    hasCode: code !== undefined && code !== '',
    code: code ? n.code(plainLine(code, 60).text) : '',
    hasLinks: false,
    links: [] as { title: string; url: string }[],
  });
  switch (notice.kind) {
    case 'no-registry':
      // The problem may quote what the person typed: it goes into a TextRun, never into markdown.
      return plain(n.noRegistry, plainLine(notice.problem[lang], 300).text);
    case 'other-tenant':
      return plain(n.otherTenant.title, n.otherTenant.body);
    case 'tenant-unknown':
      return plain(n.tenantUnknown.title, n.tenantUnknown.body);
    case 'wrong-token':
      return plain(n.wrongToken.title, n.wrongToken.body);
    case 'rate-limited':
      return plain(n.rateLimited.title, n.rateLimited.body(Math.max(1, Math.ceil(notice.retryAfterSeconds))));
    case 'consent-required': {
      const links = [
        { title: s.buttons.grantForMe, url: notice.links.forMe },
        { title: s.buttons.grantForOrganisation, url: notice.links.forOrganisation },
      ].filter((l) => URL_OK.test(l.url));
      return {
        ...plain(n.consent.title, n.consent.body),
        hasCode: true,
        code: n.consent.code(plainLine(notice.code, 60).text),
        hasLinks: links.length > 0,
        links,
      };
    }
    case 'developer-sign-in':
      return plain(n.developerSignIn.title, n.developerSignIn.body, notice.code);
    case 'sign-in-failed':
      return plain(n.signInFailed.title, n.signInFailed.body, notice.code);
    case 'entra-unavailable':
      return plain(n.entraUnavailable.title, n.entraUnavailable.body);
    case 'client-unsupported':
      return plain(n.clientUnsupported.title, n.clientUnsupported.body);
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
  const s = STRINGS[lang].liveChecks;
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
    title: running ? s.progressTitle(registryTitle(report)) : s.reportTitle(registryTitle(report)),
    credential: credentialLine(report, section.by, running, s),
    results: report.results.map((r) => resultData(r, lang, options)),
    progress: {
      show: running,
      count: running ? s.progressCount(report.results.length, total) : '',
      pending:
        running && pending.length > 0 ? s.pending(pending.map((c) => CHECK_TITLES[c][lang]).join(', ')) : '',
    },
    incomplete: { show: !running && !report.complete, text: s.incomplete },
  };
}

export function liveChecksData(
  section: LiveChecksSection,
  lang: Lang,
  options: LiveRenderOptions,
): LiveChecksData {
  const s = STRINGS[lang].liveChecks;
  const missing =
    section.kind === 'not-configured'
      ? section.missing.filter((name) => /^[A-Z][A-Z0-9_]*(?: or [A-Z][A-Z0-9_]*)*$/.test(name))
      : [];
  return {
    show: section.kind !== 'hidden',
    notConfigured: {
      show: section.kind === 'not-configured',
      title: s.notConfiguredTitle,
      body: s.notConfiguredBody,
      hasMissing: missing.length > 0,
      missing: s.missing(missing.join(', ')),
      meanwhile: s.meanwhile,
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
  const s = STRINGS[lang];
  const hidden = { show: false, title: s.liveChecks.buttons.loginFailures };
  const run = (title: string) => ({ show: true, title });
  switch (section.kind) {
    case 'hidden':
      return { checks: run(s.buttons.runChecks), loginFailures: hidden };
    case 'not-configured':
    case 'progress':
      return { checks: { show: false, title: s.buttons.runChecks }, loginFailures: hidden };
    case 'notice':
      return {
        checks: noticeAllowsRetry(section.notice)
          ? run(s.liveChecks.buttons.tryAgain)
          : { show: state.checks === 'idle', title: s.buttons.runChecks },
        loginFailures: hidden,
      };
    case 'report':
      return {
        checks: run(s.liveChecks.buttons.runAgain),
        loginFailures: {
          show: offersLoginFailures(section.report),
          title: s.liveChecks.buttons.loginFailures,
        },
      };
  }
}
