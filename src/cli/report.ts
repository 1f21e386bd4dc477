import { causeById, CHECK_HEALTH_CODE_INFO, CHECK_TITLES, fill, type Lang } from '../knowledge';
import type { Diagnosis, NotAcrReason, RankedCause } from '../diagnosis';
import type { Palette } from './colour';
import { AMBIGUITY_TEXT, CLI_TEXT, say } from './strings';

/** Removes control characters so pasted text cannot drive the terminal (escape sequences, bells, cursor moves). */
export function safeForTerminal(text: string): string {
  return text.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, '�');
}

const percent = (p: number) => `${Math.round(p * 100)}%`;

function signalsLine(d: Diagnosis, lang: Lang): string | null {
  const s = d.signals;
  const parts: string[] = [];
  if (s.registry) parts.push(`${say('registry', lang)}: ${s.registry}`);
  if (s.tool) parts.push(`${say('tool', lang)}: ${s.tool}`);
  if (s.operation) parts.push(`${say('operation', lang)}: ${s.operation}`);
  for (const c of s.checkHealth) parts.push(c.status ? `${c.code} (${c.status})` : c.code);
  const statuses = [...new Set(s.http.map((h) => h.status))];
  if (statuses.length > 0) parts.push(`HTTP ${statuses.join(', ')}`);
  for (const code of s.distribution) parts.push(code);
  for (const code of s.aadsts) parts.push(code);
  if (s.clientIps.length > 0) parts.push(`IP ${s.clientIps.join(', ')}`);
  return parts.length > 0 ? parts.map(safeForTerminal).join(' · ') : null;
}

function causeBlock(n: number, rc: RankedCause, lang: Lang, p: Palette): string[] {
  const cause = causeById(rc.id);
  const out = [
    `${p.bold(`${n}. ${cause.title[lang]}`)}  ${p.cyan(percent(rc.confidence))}  ${p.dim(rc.family)}`,
  ];
  out.push(`   ${p.dim(say('why', lang) + ':')} ${cause.explanation[lang]}`);
  if (rc.evidence.length > 0) {
    out.push(`   ${p.dim(say('evidence', lang) + ':')}`);
    for (const e of rc.evidence)
      out.push(`     ${p.dim(`L${e.line}`)}  ${p.yellow(safeForTerminal(e.text))}`);
  }
  if (rc.counterEvidence.length > 0) {
    out.push(`   ${p.dim(say('against', lang) + ':')}`);
    for (const e of rc.counterEvidence) out.push(`     ${p.dim(`L${e.line}`)}  ${safeForTerminal(e.text)}`);
  }
  out.push(`   ${p.dim(say('fix', lang) + ':')}`);
  rc.fix.forEach((step, i) => {
    out.push(`     ${i + 1}) ${step.text[lang]}`);
    if (step.command) out.push(`        ${p.green('$ ' + safeForTerminal(step.command))}`);
  });
  if (rc.checks.length > 0)
    out.push(
      `   ${p.dim(say('checks', lang) + ':')} ${rc.checks.map((c) => CHECK_TITLES[c][lang]).join(', ')}`,
    );
  out.push(`   ${p.dim(say('docs', lang) + ':')} ${cause.docs.map((d) => d.url).join('  ')}`);
  return out;
}

/** When the paste cannot decide: the candidates side by side, and what would settle it. */
function ambiguityBlock(d: Diagnosis, lang: Lang, p: Palette): string[] {
  const a = d.ambiguity;
  if (!a.ambiguous) return [];
  const out = ['', p.yellow(p.bold(fill(AMBIGUITY_TEXT.lead, lang, { count: a.candidates.length })))];
  a.candidates.forEach((id, i) => {
    const confidence = d.causes.find((c) => c.id === id)?.confidence;
    const share = confidence === undefined ? '' : `  ${p.cyan(percent(confidence))}`;
    out.push(`  ${String.fromCharCode(97 + i)}) ${causeById(id).title[lang]}${share}`);
  });
  const checks = a.checks.map((c) => CHECK_TITLES[c][lang]).join(', ');
  out.push(
    `${p.bold(fill(AMBIGUITY_TEXT.settle, lang) + ':')} ${checks}${checks ? ` — ${say('orAnswer', lang)}: ` : ''}${a.question[lang]}`,
  );
  return out;
}

/** What the report says for each reason a verdict is "not ACR": its verdict line, and the line before the causes. */
const NOT_ACR_WORDS: Readonly<
  Record<NotAcrReason, { readonly verdict: keyof typeof CLI_TEXT; readonly lead: keyof typeof CLI_TEXT }>
> = {
  'look-alike': { verdict: 'verdictNotAcr', lead: 'notAcrLead' },
  'no-registry': { verdict: 'verdictRegistryNotFailed', lead: 'registryNotFailedLead' },
  'other-registry': { verdict: 'verdictOtherRegistry', lead: 'otherRegistryLead' },
};

/** The human-readable report of one diagnosis. */
export function renderReport(d: Diagnosis, options: { lang: Lang; palette: Palette; all: boolean }): string {
  const { lang, palette: p } = options;
  const out: string[] = [p.bold(say('title', lang))];
  const notAcr = NOT_ACR_WORDS[d.notAcrReason ?? 'look-alike'];
  const verdict =
    d.verdict === 'acr'
      ? say('verdictAcr', lang)
      : d.verdict === 'not-acr'
        ? say(notAcr.verdict, lang)
        : say('verdictUnknown', lang);
  out.push(`${d.verdict === 'acr' ? p.red(verdict) : p.yellow(verdict)}`);
  const signals = signalsLine(d, lang);
  if (signals) out.push(`${p.dim(say('signals', lang) + ':')} ${signals}`);
  for (const code of new Set(d.signals.checkHealth.map((c) => c.code))) {
    out.push(`  ${p.bold(code)}: ${CHECK_HEALTH_CODE_INFO[code].meaning[lang]}`);
  }

  for (const n of d.notices) {
    if (n.kind === 'empty') out.push(p.yellow(say('empty', lang)));
    if (n.kind === 'binary') out.push(p.yellow(say('binary', lang)));
    if (n.kind === 'truncated')
      out.push(p.yellow(say('truncated', lang, { original: n.originalChars, kept: n.keptChars })));
    if (n.kind === 'no-error-found') out.push(say('noError', lang));
    if (n.kind === 'guessed-from-words') out.push(p.yellow(say('guessedFromWords', lang)));
    if (n.kind === 'read-from-description') out.push(p.yellow(say('readFromDescription', lang)));
  }
  if (d.secrets.length > 0) {
    const kinds = [...new Set(d.secrets.map((s) => s.kind))].join(', ');
    out.push(p.red(p.bold(`⚠ ${say('secretBanner', lang, { kinds })}`)));
  }
  if (d.verdict === 'not-acr') out.push(say(notAcr.lead, lang));
  out.push(...ambiguityBlock(d, lang, p));

  const shown = options.all ? d.causes : d.causes.slice(0, 3);
  shown.forEach((rc, i) => {
    out.push('');
    out.push(...causeBlock(i + 1, rc, lang, p));
  });
  if (!options.all && d.causes.length > shown.length)
    out.push('', p.dim(`+${d.causes.length - shown.length} ${say('more', lang)}`));
  if (d.distinguish && !d.ambiguity.ambiguous) {
    const checks = d.distinguish.checks.map((c) => CHECK_TITLES[c][lang]).join(', ');
    out.push(
      '',
      `${p.bold(say('distinguish', lang) + ':')} ${checks}${checks ? ` — ${say('orAnswer', lang)}: ` : ''}${d.distinguish.question[lang]}`,
    );
  }
  return out.join('\n') + '\n';
}
