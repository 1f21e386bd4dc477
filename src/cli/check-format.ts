import type { CheckReport, CheckResult, UnknownReason } from '../checks/types';
import type { Reconciliation } from '../diagnosis/reconcile';
import { CAUSES, CHECK_TITLES, type CauseId, type Lang, type Text } from '../knowledge';

const t = (en: string, ru: string): Text => ({ en, ru });

/**
 * Plain-text rendering of a live-check report for a terminal. Values come from Azure and log rows that
 * anyone able to attempt a login can influence, so control characters (ANSI escapes) and bidirectional
 * overrides are neutralised before anything is printed.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '?');
}

const STATUS: Readonly<Record<CheckResult['status'], Text>> = {
  pass: t('✓ PASS', '✓ НОРМА'),
  fail: t('✗ FAIL', '✗ ОШИБКА'),
  warn: t('! WARN', '! ВНИМАНИЕ'),
  unknown: t('? UNKNOWN', '? НЕИЗВЕСТНО'),
};

const REASONS: Readonly<Record<UnknownReason, Text>> = {
  'no-permission': t('no permission', 'нет прав'),
  'sign-in-required': t('sign-in required', 'нужен вход'),
  timeout: t('timed out', 'истекло время'),
  throttled: t('throttled', 'ограничение частоты'),
  'service-error': t('service error', 'ошибка службы'),
  'malformed-response': t('unreadable answer', 'нечитаемый ответ'),
  'not-applicable': t('not applicable', 'неприменимо'),
  'registry-not-found': t('registry not found', 'реестр не найден'),
};

const CREDENTIALS: Readonly<Record<CheckReport['credential'], Text>> = {
  'delegated-user': t('as the signed-in Teams user', 'от имени пользователя Teams'),
  'local-developer': t(
    "as this machine's signed-in developer",
    'от имени разработчика, вошедшего на этом компьютере',
  ),
};

function causeTitle(id: CauseId, lang: Lang): string {
  return CAUSES.find((c) => c.id === id)?.title[lang] ?? id;
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => prefix + line)
    .join('\n');
}

function formatResult(r: CheckResult, lang: Lang): string {
  const head = `${STATUS[r.status][lang]}  ${CHECK_TITLES[r.check][lang]}${r.status === 'unknown' ? ` (${REASONS[r.reason][lang]})` : ''}`;
  const lines = [head, indent(printable(r.summary[lang]), '    ')];
  for (const f of r.facts) lines.push(`    · ${printable(f.label[lang])}: ${printable(f.value)}`);
  for (const v of r.verdicts) {
    const word = v.verdict === 'confirmed' ? t('confirms', 'подтверждает') : t('rules out', 'исключает');
    lines.push(
      `    ${v.verdict === 'confirmed' ? '⇒' : '≠'} ${word[lang]}: ${printable(causeTitle(v.cause, lang))} — ${printable(v.because[lang])}`,
    );
  }
  for (const step of r.fix) {
    lines.push(`    → ${printable(step.text[lang])}`);
    if (step.command) lines.push(`      $ ${printable(step.command)}`);
  }
  return lines.join('\n');
}

function formatReconciliation(rec: Reconciliation, lang: Lang): string {
  // Without causes from a paste there is nothing to re-rank (as before: a paste that named none says nothing).
  if (rec.causes.length === 0) return '';
  const mark = { confirmed: '⇒', possible: '·', 'ruled-out': '≠' } as const;
  const lines = [t('Causes after the live checks:', 'Причины после живых проверок:')[lang]];
  for (const c of rec.causes) {
    lines.push(
      `  ${mark[c.status]} ${Math.round(c.confidence * 100)}%  ${printable(causeTitle(c.id, lang))}`,
    );
  }
  for (const extra of rec.alsoFound) {
    lines.push(`  + ${t('also found', 'также найдено')[lang]}: ${printable(causeTitle(extra.cause, lang))}`);
  }
  return lines.join('\n');
}

export function formatReport(report: CheckReport, lang: Lang): string {
  const seconds = (report.elapsedMs / 1000).toFixed(1);
  const header = t(
    `Live checks for ${report.registry} ${CREDENTIALS[report.credential].en} · ${seconds} s · ${report.azureCalls} Azure calls${report.complete ? '' : ' · incomplete'}`,
    `Живые проверки ${report.registry} ${CREDENTIALS[report.credential].ru} · ${seconds} с · обращений к Azure: ${report.azureCalls}${report.complete ? '' : ' · не завершены'}`,
  );
  const parts = [printable(header[lang]), '', ...report.results.map((r) => formatResult(r, lang) + '\n')];
  const rec = report.reconciliation ? formatReconciliation(report.reconciliation, lang) : '';
  if (rec) parts.push(rec, '');
  return parts.join('\n');
}
