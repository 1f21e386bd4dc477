import { checkTeamsCard } from '../../fakes/teams/teams-cards';

/** The checker the card tests rely on must reject what Teams rejects, or those tests prove nothing. */
const card = (body: unknown[], extra: Record<string, unknown> = {}) => ({
  type: 'AdaptiveCard',
  version: '1.5',
  body,
  ...extra,
});

describe('the Teams card check', () => {
  it('accepts a plain 1.5 card with a CodeBlock that has a fallback', () => {
    const ok = card([
      { type: 'TextBlock', text: 'hi', wrap: true },
      {
        type: 'CodeBlock',
        codeSnippet: 'az acr login -n contoso',
        language: 'Bash',
        fallback: { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: 'x' }] },
      },
      { type: 'ActionSet', actions: [{ type: 'Action.Execute', verb: 'v', title: 'Go' }] },
    ]);
    expect(checkTeamsCard(ok).problems).toEqual([]);
  });

  it.each([
    [
      'Media',
      card([{ type: 'Media', sources: [{ mimeType: 'video/mp4', url: 'https://example.com/a.mp4' }] }]),
      /Media/,
    ],
    ['version 1.6', { ...card([{ type: 'TextBlock', text: 'x' }]), version: '1.6' }, /version/],
    [
      'http link',
      card([
        { type: 'ActionSet', actions: [{ type: 'Action.OpenUrl', title: 'x', url: 'http://example.com/' }] },
      ]),
      /non-https/,
    ],
    [
      'javascript link',
      card([
        { type: 'ActionSet', actions: [{ type: 'Action.OpenUrl', title: 'x', url: 'javascript:alert(1)' }] },
      ]),
      /non-https/,
    ],
    [
      'CodeBlock without fallback',
      card([{ type: 'CodeBlock', codeSnippet: 'x', language: 'Bash' }]),
      /fallback/,
    ],
    [
      'unknown CodeBlock language',
      card([
        {
          type: 'CodeBlock',
          codeSnippet: 'x',
          language: 'Cobol',
          fallback: { type: 'TextBlock', text: 'x' },
        },
      ]),
      /language/,
    ],
    ['TextBlock without text', card([{ type: 'TextBlock' }]), /without text/],
    [
      'seven actions',
      card([
        {
          type: 'ActionSet',
          actions: Array.from({ length: 7 }, (_, i) => ({ type: 'Action.Submit', title: `a${i}` })),
        },
      ]),
      /7 actions/,
    ],
    [
      'positive style',
      card([{ type: 'ActionSet', actions: [{ type: 'Action.Submit', title: 'x', style: 'positive' }] }]),
      /style/,
    ],
    ['too big', card([{ type: 'TextBlock', text: 'x'.repeat(30 * 1024) }]), /bytes/],
    [
      'OpenUrl without url',
      card([{ type: 'ActionSet', actions: [{ type: 'Action.OpenUrl', title: 'x' }] }]),
      /url/,
    ],
  ])('rejects %s', (_name, bad, problem) => {
    const verdict = checkTeamsCard(bad);
    expect(verdict.ok).toBe(false);
    expect(verdict.problems.join('\n')).toMatch(problem);
  });
});
