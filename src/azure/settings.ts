import type { CloudEndpoints, CloudName } from './clouds';

/**
 * Settings for live checks, as the configuration loader (src/config.ts, src/config/azure-env.ts) reads and
 * validates them from the environment: this folder only receives them, typed.
 */
export type OnBehalfOfSettings =
  | {
      readonly state: 'configured';
      readonly clientId: string;
      readonly tenantId: string;
      readonly secret:
        | { readonly kind: 'client-secret'; readonly value: string }
        | { readonly kind: 'certificate'; readonly path: string };
    }
  | {
      readonly state: 'not-configured';
      /** The variables still needed; empty when none of BOT_* is set at all. */
      readonly missing: readonly string[];
    };

export interface RateLimitSettings {
  readonly burst: number;
  readonly refillIntervalMs: number;
}

export interface AzureSettings {
  readonly endpoints: CloudEndpoints;
  readonly localCredential: boolean;
  readonly onBehalfOf: OnBehalfOfSettings;
  readonly deadlineMs: number;
  readonly rateLimit: RateLimitSettings;
}

export type AzureSettingsResult =
  | { readonly ok: true; readonly settings: AzureSettings }
  | { readonly ok: false; readonly errors: readonly string[] };

export type { CloudName };
