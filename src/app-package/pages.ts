import type { FeedbackRetention } from '../config';

/** What the privacy page says about feedback: it must match what this deployment keeps. */
function feedbackLines(retention: FeedbackRetention): string[] {
  const vote = '- "Helpful / Not helpful" records the answer and the causes shown, never your identity.';
  const note = `  A note you type into its form is deleted after ${retention.keepDays} days.`;
  return retention.pastes === 'never'
    ? [vote, note]
    : [
        vote,
        '  Your paste (masked) is kept only if you tick "share" on that form, so the people who run the bot can',
        `  check its answers against real errors; it is deleted after ${retention.keepDays} days, like a note you type there.`,
      ];
}

/**
 * The pages the Teams manifest links to (developer.websiteUrl, privacyUrl, termsOfUseUrl), served by the bot
 * itself so an installation needs no other website.
 */
export const pagesFor = (
  retention: FeedbackRetention,
): Readonly<Record<'/' | '/privacy' | '/terms', string>> => ({
  '/': [
    'ACR Doctor',
    '',
    'A Microsoft Teams bot that explains Azure Container Registry errors. Paste an error (az acr login output,',
    'a Kubernetes ImagePullBackOff event, a docker push failure, a CI log) in a chat with the bot, or mention it',
    'in a channel, and it answers with the likely causes, the lines of your paste that point at each, and fixes.',
  ].join('\n'),
  '/privacy': [
    'ACR Doctor: privacy',
    '',
    ...(retention.pastes === 'never'
      ? ['- Your message is diagnosed in memory. The bot does not store the text you paste.']
      : [
          '- Your message is diagnosed in memory. The bot does not store the text you paste unless you choose to',
          '  share it with your feedback (below).',
        ]),
    '- Passwords and tokens it recognises are masked before anything is shown.',
    ...(retention.pastes === 'never'
      ? [
          '- For the buttons on an answer to work, the bot keeps the diagnosis (causes, matching lines, masked)',
          '  for up to two days, in memory or in its own storage account.',
        ]
      : [
          '- For the buttons on an answer to work, the bot keeps the diagnosis (causes, matching lines, masked),',
          '  and your masked paste so that you can choose to share it, for up to two days, in memory or in its own',
          '  storage account.',
        ]),
    ...feedbackLines(retention),
    '- Live checks, when enabled, read the registry in Azure with your own delegated permissions; results are',
    '  shown in the card and not stored.',
  ].join('\n'),
  '/terms': [
    'ACR Doctor: terms of use',
    '',
    'ACR Doctor gives diagnostic suggestions. Review commands before you run them; you are responsible for',
    'changes made to your Azure resources. The service is provided as is, without warranty.',
  ].join('\n'),
});
