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
