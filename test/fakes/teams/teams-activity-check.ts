import { checkTeamsCard, TEAMS_MESSAGE_LIMIT_BYTES } from './teams-cards';

const CARD = 'application/vnd.microsoft.card.adaptive';

/** What the connector checks on every outgoing activity in tests: each card valid for Teams, the whole message small enough. */
export function teamsActivityProblems(activity: Readonly<Record<string, unknown>>): string[] {
  const problems: string[] = [];
  const bytes = Buffer.byteLength(JSON.stringify(activity), 'utf8');
  if (bytes > TEAMS_MESSAGE_LIMIT_BYTES)
    problems.push(`activity is ${bytes} bytes, over ${TEAMS_MESSAGE_LIMIT_BYTES}`);
  const attachments = Array.isArray(activity['attachments']) ? (activity['attachments'] as unknown[]) : [];
  attachments.forEach((attachment, i) => {
    const a = attachment as { contentType?: unknown; content?: unknown };
    if (a.contentType !== CARD) return;
    for (const problem of checkTeamsCard(a.content).problems) problems.push(`attachment ${i}: ${problem}`);
  });
  return problems;
}
