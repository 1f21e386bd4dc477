/**
 * The pages the Teams manifest links to (developer.websiteUrl, privacyUrl, termsOfUseUrl), served by the bot
 * itself so an installation needs no other website.
 */
export const PAGES: Readonly<Record<'/' | '/privacy' | '/terms', string>> = {
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
    '- Your message is diagnosed in memory. The bot does not store the text you paste.',
    '- Passwords and tokens it recognises are masked before anything is shown.',
    '- For the buttons on an answer to work, the bot keeps the diagnosis (causes, matching lines, masked) in',
    '  memory for up to a day, and forgets it on restart.',
    '- "Helpful / Not helpful" records the answer and the causes shown, without your text or your identity.',
    '- Live checks, when enabled, read the registry in Azure with your own delegated permissions; results are',
    '  shown in the card and not stored.',
  ].join('\n'),
  '/terms': [
    'ACR Doctor: terms of use',
    '',
    'ACR Doctor gives diagnostic suggestions. Review commands before you run them; you are responsible for',
    'changes made to your Azure resources. The service is provided as is, without warranty.',
  ].join('\n'),
};
