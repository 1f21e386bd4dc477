import type { AzureFailure } from '../azure';
import type { CauseId, CauseVerdict, Text } from '../knowledge';
import type { CheckOutcome } from './check';
import { t } from './text';
import type { CheckFact, CheckFix, UnknownReason } from './types';

export function fact(label: Text, value: string): CheckFact {
  return { label, value };
}

export function confirmed(cause: CauseId, because: Text): CauseVerdict {
  return { cause, verdict: 'confirmed', because };
}

export function ruledOut(cause: CauseId, because: Text): CauseVerdict {
  return { cause, verdict: 'ruled-out', because };
}

export function fix(text: Text, command?: string): CheckFix {
  return command === undefined ? { text } : { text, command };
}

export function decided(
  status: 'pass' | 'fail' | 'warn',
  summary: Text,
  parts: { facts?: readonly CheckFact[]; verdicts?: readonly CauseVerdict[]; fix?: readonly CheckFix[] } = {},
): CheckOutcome {
  return { status, summary, facts: parts.facts ?? [], verdicts: parts.verdicts ?? [], fix: parts.fix ?? [] };
}

export function unknown(
  reason: UnknownReason,
  summary: Text,
  facts: readonly CheckFact[] = [],
): CheckOutcome {
  return { status: 'unknown', reason, summary, facts };
}

const REASONS: Readonly<Record<AzureFailure['kind'], UnknownReason>> = {
  unauthorized: 'sign-in-required',
  forbidden: 'no-permission',
  'not-found': 'service-error',
  throttled: 'throttled',
  timeout: 'timeout',
  service: 'service-error',
  malformed: 'malformed-response',
};

/** ARM's codes for "this api-version is not known here" (a sovereign cloud that lags, a retired version). */
const API_VERSION_CODES = new Set([
  'InvalidApiVersionParameter',
  'NoRegisteredProviderFound',
  'InvalidResourceType',
  'MissingApiVersionParameter',
]);

function explanation(failure: AzureFailure): Text {
  const code = failure.code ? ` (${failure.code})` : '';
  switch (failure.kind) {
    case 'unauthorized':
      return t(
        `Azure did not accept the sign-in${code}. Sign in again; if it keeps failing, an administrator may need to grant consent for this access.`,
        `Azure не принял вход${code}. Войдите заново; если ошибка повторяется, администратору, возможно, нужно дать согласие на этот доступ.`,
      );
    case 'forbidden':
      return t(
        `your account is not allowed to read this${code}.`,
        `вашей учётной записи не разрешено это читать${code}.`,
      );
    case 'not-found':
      return t(`Azure says it does not exist${code}.`, `по данным Azure, такого объекта нет${code}.`);
    case 'throttled': {
      const seconds = failure.retryAfterMs === null ? null : Math.ceil(failure.retryAfterMs / 1000);
      return seconds === null
        ? t(
            'Azure is throttling requests, and waiting would not fit the time left.',
            'Azure ограничивает частоту запросов, а ждать дольше нет времени.',
          )
        : t(
            `Azure is throttling requests and asked to wait ${seconds} s, which does not fit the time left.`,
            `Azure ограничивает частоту запросов и просит подождать ${seconds} с — на это не хватает оставшегося времени.`,
          );
    }
    case 'timeout':
      return t('Azure did not answer in time.', 'Azure не ответил вовремя.');
    case 'service':
      if (failure.code !== undefined && API_VERSION_CODES.has(failure.code)) {
        return t(
          `this Azure cloud does not accept the API version acr-doctor uses${code}.`,
          `это облако Azure не принимает версию API, которую использует acr-doctor${code}.`,
        );
      }
      return failure.status !== undefined
        ? t(
            `Azure answered with an error: HTTP ${failure.status}${code}.`,
            `Azure вернул ошибку: HTTP ${failure.status}${code}.`,
          )
        : t(`Azure could not be reached${code}.`, `Не удалось связаться с Azure${code}.`);
    case 'malformed':
      return t("Azure's answer could not be read.", 'Не удалось разобрать ответ Azure.');
  }
}

/** `what` names the step that failed, e.g. "Reading the role assignments". */
export function unknownFromFailure(failure: AzureFailure, what: Text): CheckOutcome {
  const why = explanation(failure);
  const facts = failure.message ? [fact(t('Azure said', 'Ответ Azure'), failure.message)] : [];
  return unknown(REASONS[failure.kind], t(`${what.en}: ${why.en}`, `${what.ru}: ${why.ru}`), facts);
}
