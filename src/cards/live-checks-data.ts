import type { CheckResult, CheckStatus } from '../checks/types';
import { CHECK_TITLES, type Lang } from '../knowledge';
import type { LiveChecksSection } from './card-state';
import { plainLine, plainLines } from './plain-text';
import { STRINGS } from './strings';

const STATUS_COLOR: Readonly<Record<CheckStatus, string>> = {
  pass: 'Good',
  fail: 'Attention',
  warn: 'Warning',
  unknown: 'Default',
};

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
  readonly report: {
    readonly show: boolean;
    readonly title: string;
    readonly credential: string;
    readonly results: readonly ResultData[];
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
  readonly steps: readonly {
    readonly number: string;
    readonly text: string;
    readonly command: string;
    readonly hasCommand: boolean;
  }[];
}

function resultData(result: CheckResult, lang: Lang): ResultData {
  const s = STRINGS[lang].liveChecks;
  const summary =
    result.status === 'unknown'
      ? `${result.summary[lang]} ${s.reasons[result.reason]}`
      : result.summary[lang];
  return {
    status: s.status[result.status],
    statusColor: STATUS_COLOR[result.status],
    title: CHECK_TITLES[result.check][lang],
    summary: plainLine(summary, 400).text,
    // Fact values come from Azure: data, shown literally.
    facts: result.facts
      .slice(0, 8)
      .map((f) => ({ label: f.label[lang], value: plainLine(f.value, 200).text })),
    verdicts: result.verdicts.map((v) => ({
      label: v.verdict === 'confirmed' ? s.confirmed : s.ruledOut,
      text: plainLine(v.because[lang], 300).text,
    })),
    steps: result.fix.map((step, i) => ({
      number: String(i + 1),
      text: step.text[lang],
      command: step.command ? plainLines(step.command, 20, 1000).text : '',
      hasCommand: Boolean(step.command),
    })),
  };
}

const ACR_NAME = /^[a-z0-9]{5,50}$/i;

export function liveChecksData(section: LiveChecksSection, lang: Lang): LiveChecksData {
  const s = STRINGS[lang].liveChecks;
  const missing =
    section.kind === 'not-configured'
      ? section.missing.filter((name) => /^[A-Z][A-Z0-9_]*(?: or [A-Z][A-Z0-9_]*)*$/.test(name))
      : [];
  const report = section.kind === 'report' ? section.report : undefined;
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
    report: {
      show: report !== undefined,
      title: s.reportTitle(report && ACR_NAME.test(report.registry) ? report.registry : ''),
      credential: report ? s.credential[report.credential] : '',
      results: report ? report.results.map((r) => resultData(r, lang)) : [],
      incomplete: { show: report ? !report.complete : false, text: s.incomplete },
    },
  };
}
