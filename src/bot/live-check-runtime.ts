import {
  createLocalDeveloperCredential,
  type AzureSettings,
  type TlsTrust,
  type TokenCredential,
} from '../azure';
import { createRateLimiter, systemClock, type Clock, type RateLimiter } from '../checks';
import { DEFAULT_RATE_LIMIT, type LiveChecksSetting } from '../config';
import { ReportStore } from './report-store';

/**
 * What live checks need across card actions: the configuration, one rate limiter for all users, the reports
 * cards show, and the local developer credential (made once, so its token cache serves every run).
 */
export interface LiveCheckRuntime {
  readonly setting: LiveChecksSetting;
  readonly limiter: RateLimiter;
  readonly clock: Clock;
  readonly reports: ReportStore;
  /** Trust for the Azure endpoints' certificates; only tests set it (for their loopback fake of Azure). */
  readonly tls?: TlsTrust;
  localCredential(settings: AzureSettings): TokenCredential;
}

export interface LiveCheckRuntimeOptions {
  readonly clock?: Clock;
  readonly tls?: TlsTrust;
}

export function createLiveCheckRuntime(
  setting: LiveChecksSetting,
  options: LiveCheckRuntimeOptions = {},
): LiveCheckRuntime {
  const clock = options.clock ?? systemClock;
  const rate = setting.kind === 'configured' ? setting.settings.rateLimit : DEFAULT_RATE_LIMIT;
  let local: TokenCredential | undefined;
  return {
    setting,
    clock,
    limiter: createRateLimiter({ ...rate, clock }),
    reports: new ReportStore({ now: () => clock.now() }),
    ...(options.tls ? { tls: options.tls } : {}),
    localCredential(settings) {
      local ??= createLocalDeveloperCredential(settings, options.tls);
      return local;
    },
  };
}
