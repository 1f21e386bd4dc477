import { readFile } from 'node:fs/promises';
import { azureSettingsFromEnv, type AzureEnv } from '../config';
import { diagnose } from '../diagnosis';
import { langFromLocale } from '../knowledge';
import {
  cloudOfLoginServer,
  createLiveCheckService,
  type Clock,
  type LiveCheckSubject,
  type TlsTrust,
  type TokenCredential,
} from '../live-checks';
import type { CheckArgs } from './args';
import { formatReport } from './check-format';

export interface CheckIo {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** What the command line normally makes itself; tests pass a credential and TLS trust for the fake Azure. */
export interface CheckDeps {
  readonly credential?: TokenCredential;
  readonly tls?: TlsTrust;
  readonly clock?: Clock;
}

/** The command line is not bound by Teams' invoke timeout; a local credential may also start slower. */
const CLI_DEADLINE_MS = 20000;

export const CHECK_EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/**
 * `acr-doctor check`, as the developer signed in on this machine, through the live-check service the bot
 * uses too. Exit codes: 0 no check failed, 1 a check failed, 2 configuration, an unreadable paste, a
 * registry that is not one, or a sign-in that did not work.
 */
export async function runCheck(args: CheckArgs, io: CheckIo, deps: CheckDeps = {}): Promise<number> {
  const lang = args.lang ?? langFromLocale(io.env.LC_ALL ?? io.env.LANG ?? null);

  // A login server of another cloud picks that cloud when none is configured: the developer's own sign-in
  // (az cloud set …) decides which cloud they can reach.
  const env: AzureEnv = { ...io.env };
  const cloud = cloudOfLoginServer(args.registry.replace(/^https?:\/\//i, '').split('/')[0] ?? '');
  const settingsResult = azureSettingsFromEnv(
    env.AZURE_CLOUD || cloud === null ? env : { ...env, AZURE_CLOUD: cloud },
  );
  if (!settingsResult.ok) {
    io.stderr(
      `acr-doctor check: configuration problems:\n${settingsResult.errors.map((e) => `  - ${e}`).join('\n')}\n`,
    );
    return CHECK_EXIT.usage;
  }
  const settings = settingsResult.settings;

  let subject: LiveCheckSubject = { registry: args.registry };
  if (args.paste !== null) {
    let text: string;
    try {
      text = await readFile(args.paste, 'utf8');
    } catch (err) {
      io.stderr(
        `acr-doctor check: cannot read ${args.paste}: ${(err as NodeJS.ErrnoException).code ?? 'error'}\n`,
      );
      return CHECK_EXIT.usage;
    }
    subject = { ...subject, diagnosis: diagnose(text, { registryHint: args.registry }) };
  }

  const service = createLiveCheckService({
    settings,
    ...(deps.tls ? { tls: deps.tls } : {}),
    ...(deps.clock ? { clock: deps.clock } : {}),
  });
  const deadlineMs =
    args.deadlineMs ?? (io.env.LIVE_CHECKS_DEADLINE_MS ? settings.deadlineMs : CLI_DEADLINE_MS);
  const outcome = await service.check({
    subject,
    scope: args.all ? { kind: 'all' } : { kind: 'suggested' },
    runAs: { kind: 'local-developer', ...(deps.credential ? { credential: deps.credential } : {}) },
    deadlineMs,
  });
  if (outcome.kind === 'no-registry') {
    io.stderr(`acr-doctor check: ${outcome.problem[lang]}\n`);
    return CHECK_EXIT.usage;
  }
  if (outcome.kind === 'sign-in-problem') {
    // Not asked for (the command line does not probe first); kept exhaustive for the type.
    io.stderr(`acr-doctor check: the sign-in did not work (${outcome.state.kind})\n`);
    return CHECK_EXIT.usage;
  }
  const { report } = outcome;
  const causes = report.reconciliation?.causes ?? [];
  if (args.output === 'json') {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- printed in its own key, in the paste's terms
    const { reconciliation: _rec, ...plain } = report;
    const reconciled =
      causes.length > 0
        ? { causes: causes.map((c) => ({ id: c.id, status: c.status, confidence: c.confidence })) }
        : {};
    io.stdout(`${JSON.stringify({ report: plain, ...reconciled }, null, 2)}\n`);
  } else {
    io.stdout(formatReport(report, lang));
  }
  return report.results.some((r) => r.status === 'fail') ? CHECK_EXIT.failed : CHECK_EXIT.ok;
}
