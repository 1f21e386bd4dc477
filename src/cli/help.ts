import type { Command } from './args';

export const HELP = `acr-doctor — explains Azure Container Registry access errors

Usage:
  acr-doctor diagnose [FILE|-] [options]   diagnose a pasted error (a file, or standard input)
  acr-doctor check <registry> [options]    run live checks against Azure with your own sign-in
  acr-doctor --help | --version

diagnose options:
  --lang en|ru        language of the report (default en)
  --json              one JSON result instead of the report
  --jsonl             read one JSON object per line ({"id": …, "text": …}), write one result per line
  --all               list every candidate cause, not only the top three
  --registry NAME     the registry the paste is about, when the paste does not name it
  --no-color          plain text even on a terminal (NO_COLOR is honoured too)

Exit codes:
  0  diagnosed (whatever the verdict)      2  usage error
  3  input could not be read               1  unexpected failure

Examples:
  az acr login -n contoso 2>&1 | acr-doctor diagnose
  kubectl describe pod web-7f9c | acr-doctor diagnose --lang ru
  acr-doctor diagnose --jsonl < pastes.jsonl > results.jsonl
`;

export const CHECK_HELP = `usage: acr-doctor check <registry> [--paste FILE] [--json] [--lang en|ru] [--all] [--deadline MS]

Runs live checks against an Azure container registry with the identity signed in on this machine
(Azure CLI, Azure Developer CLI, environment variables, managed identity).

  <registry>       registry name (contoso) or login server (contoso.azurecr.io)
  --paste FILE     an error text to diagnose first; what it shows (client IP, ids, 429s) guides the checks
  --json           print the report as JSON
  --lang en|ru     language of the report (default: from LANG)
  --all            run every check, not only those the text makes relevant
  --deadline MS    stop waiting for Azure after this many milliseconds (default 20000)

Exit codes:
  0  no check failed      1  a check failed      2  usage error, configuration or unreadable paste
`;

export function helpFor(topic: Command | undefined): string {
  return topic === 'check' ? CHECK_HELP : HELP;
}
