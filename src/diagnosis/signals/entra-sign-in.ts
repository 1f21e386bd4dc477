import type { LineIndex } from '../line-index';
import { commandOutput } from './command-output';

/**
 * `az acr repository …` and `az acr manifest …` talk to the registry's data plane with the CLI's own Entra sign-in
 * unless they are given `--username`/`--password`: az trades its Entra token for an ACR refresh token and asks for
 * an access token for each call (azure-cli's acr module, `get_access_credentials`). Such a command used no
 * repository-scoped token, no admin password and no `docker login`, so the causes about those cannot be why it
 * was refused.
 */
export const ENTRA_COMMANDS = ['az acr repository ', 'az acr manifest '];

/** The flags that make the same commands sign in with a name and password (admin user or token) instead. */
const BASIC_FLAGS = /(?:^|\s)(?:-u|--username|-p|--password)(?:[\s=]|$)/;

/** A shell line continued on the next one (`\` in sh, a backtick in PowerShell, `^` in cmd). */
const CONTINUED = /[\\`^]\s*$/;

/** How the command's own output reads when it failed. */
const FAILED = /error|unauthorized|denied|forbidden|failed|\b40[13]\b/;
/** How many lines after the command its error may start. */
const OUTPUT_REACH = 6;

/**
 * 0-based line of the first such command given no name and password (its continuation lines included) that failed
 * itself: a command that worked says nothing about how a later one signed in.
 */
export function findEntraSignIn(index: LineIndex): number | undefined {
  for (const i of index.linesWithAny(ENTRA_COMMANDS)) {
    let last = i;
    while (CONTINUED.test(index.line(last)) && last + 1 < index.lines.length) last++;
    const command = index.lines.slice(i, last + 1).join(' ');
    if (BASIC_FLAGS.test(command)) continue;
    if (commandOutput(index, last, OUTPUT_REACH).some((j) => j > last && FAILED.test(index.lower(j))))
      return i;
  }
  return undefined;
}
