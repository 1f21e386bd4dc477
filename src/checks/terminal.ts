import { azureSettingsFromEnv, type AzureEnv } from '../config';
import { readFile } from 'node:fs/promises';
import {
  cloudOfLoginServer,
  createAzureApis,
  createLocalDeveloperCredential,
  type TlsTrust,
  type TokenCredential,
} from '../azure';
import { diagnose } from '../diagnosis';
import { reconcile } from '../diagnosis/reconcile';
import { langFromLocale, type Lang } from '../knowledge';
import type { Clock } from './clock';
import { buildPlan } from './plan';
import { runChecks } from './runner';
import { formatReport } from './terminal-format';

export interface TerminalIo {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** What the command line normally builds itself; tests pass a credential and TLS trust for the fake Azure. */
export interface TerminalDeps {
  readonly credential?: TokenCredential;
  readonly tls?: TlsTrust;
  readonly clock?: Clock;
}

const USAGE = `usage: acr-doctor check <registry> [--paste FILE] [--json] [--lang en|ru] [--all] [--deadline MS]

Runs live checks against an Azure container registry with the identity signed in on this machine
(Azure CLI, Azure Developer CLI, environment variables, managed identity).

  <registry>       registry name (contoso) or login server (contoso.azurecr.io)
  --paste FILE     an error text to diagnose first; what it shows (client IP, ids, 429s) guides the checks
  --json           print the report as JSON
  --lang en|ru     language of the report (default: from LANG)
  --all            run every check, not only those the text makes relevant
  --deadline MS    stop waiting for Azure after this many milliseconds (default 20000)
`;

/** The command line is not bound by Teams' invoke timeout; a local credential may also start slower. */
const CLI_DEADLINE_MS = 20000;

interface Args {
  readonly registry: string;
  readonly paste: string | null;
  readonly json: boolean;
  readonly lang: Lang | null;
  readonly all: boolean;
  readonly deadlineMs: number | null;
}

function parseArgs(args: readonly string[]): Args | string {
  let registry: string | null = null;
  let paste: string | null = null;
  let json = false;
  let lang: Lang | null = null;
  let all = false;
  let deadlineMs: number | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const value = (): string | null => {
      const v = args[i + 1];
      i += 1;
      return v === undefined || v.startsWith('--') ? null : v;
    };
    switch (arg) {
      case '--json':
        json = true;
        break;
      case '--all':
        all = true;
        break;
      case '--paste': {
        paste = value();
        if (paste === null) return '--paste needs a file name';
        break;
      }
      case '--lang': {
        const v = value();
        if (v !== 'en' && v !== 'ru') return '--lang takes en or ru';
        lang = v;
        break;
      }
      case '--deadline': {
        const v = value();
        const n = v !== null && /^\d+$/.test(v) ? Number(v) : NaN;
        if (!(n >= 1000 && n <= 120000)) return '--deadline takes milliseconds from 1000 to 120000';
        deadlineMs = n;
        break;
      }
      case '-h':
      case '--help':
        return '';
      default:
        if (arg.startsWith('-')) return `unknown option ${arg}`;
        if (registry !== null) return `unexpected argument ${arg}`;
        registry = arg;
    }
  }
  if (registry === null) return 'which registry? give its name or login server';
  return { registry, paste, json, lang, all, deadlineMs };
}

/**
 * `acr-doctor check`, with every dependency given. Exit codes: 0 no check failed, 1 a check failed,
 * 2 bad arguments or configuration.
 */
export async function runCheckCommandWith(
  args: readonly string[],
  io: TerminalIo,
  deps: TerminalDeps,
): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    if (parsed !== '') io.stderr(`acr-doctor check: ${parsed}\n`);
    io.stderr(USAGE);
    return parsed === '' ? 0 : 2;
  }
  const lang = parsed.lang ?? langFromLocale(io.env.LC_ALL ?? io.env.LANG ?? null);

  // A login server of another cloud picks that cloud when none is configured: the developer's own sign-in
  // (az cloud set …) decides which cloud they can reach.
  const env: AzureEnv = { ...io.env };
  const cloud = cloudOfLoginServer(parsed.registry.replace(/^https?:\/\//i, '').split('/')[0] ?? '');
  const settingsResult = azureSettingsFromEnv(
    env.AZURE_CLOUD || cloud === null ? env : { ...env, AZURE_CLOUD: cloud },
  );
  if (!settingsResult.ok) {
    io.stderr(
      `acr-doctor check: configuration problems:\n${settingsResult.errors.map((e) => `  - ${e}`).join('\n')}\n`,
    );
    return 2;
  }
  const settings = settingsResult.settings;

  let text = '';
  if (parsed.paste !== null) {
    try {
      text = await readFile(parsed.paste, 'utf8');
    } catch (err) {
      io.stderr(
        `acr-doctor check: cannot read ${parsed.paste}: ${(err as NodeJS.ErrnoException).code ?? 'error'}\n`,
      );
      return 2;
    }
  }
  const diagnosis = diagnose(text, { registryHint: parsed.registry });
  const planned = buildPlan(diagnosis, settings.endpoints, { registry: parsed.registry, all: parsed.all });
  if (!planned.ok) {
    io.stderr(`acr-doctor check: ${planned.problem[lang]}\n`);
    return 2;
  }

  const credential = deps.credential ?? createLocalDeveloperCredential(settings, deps.tls);
  const azure = createAzureApis({
    endpoints: settings.endpoints,
    credential,
    ...(deps.tls ? { tls: deps.tls } : {}),
  });
  const deadlineMs =
    parsed.deadlineMs ?? (io.env.LIVE_CHECKS_DEADLINE_MS ? settings.deadlineMs : CLI_DEADLINE_MS);
  const report = await runChecks({
    plan: planned.plan,
    azure,
    credential: 'local-developer',
    deadlineMs,
    ...(deps.clock ? { clock: deps.clock } : {}),
  });
  const reconciliation = diagnosis.causes.length > 0 ? reconcile(diagnosis, report) : null;

  if (parsed.json) {
    io.stdout(
      `${JSON.stringify({ report, ...(reconciliation ? { causes: reconciliation.causes.map((c) => ({ id: c.cause.id, status: c.status, confidence: c.cause.confidence })) } : {}) }, null, 2)}\n`,
    );
  } else {
    io.stdout(formatReport(report, lang, reconciliation));
  }
  return report.results.some((r) => r.status === 'fail') ? 1 : 0;
}

/** `acr-doctor check <registry> [--paste FILE] [--json] [--lang en|ru]`, as the developer signed in on this machine. */
export function runCheckCommand(args: readonly string[], io: TerminalIo): Promise<number> {
  return runCheckCommandWith(args, io, {});
}
