import { diagnose } from '../../../src/diagnosis';

/**
 * Rules written after field19's first look (test/fixtures/first-looks/field19.jsonl), each with the paste that
 * motivated it and the neighbours it must leave alone.
 */
const first = (text: string) => diagnose(text).causes[0];

describe("Azure Machine Learning's endpoint identity without AcrPull (field19 19B001)", () => {
  it('is a missing pull role', () => {
    const d = diagnose('(BadArgument) Endpoint identity does not have pull permission on the registry.');
    expect(d.causes[0]?.family).toBe('missing-role-assignment');
  });
});

describe('an ACR task that cannot read its Key Vault secrets (field19 19D001)', () => {
  it("is the task identity's missing access to the vault", () => {
    const text =
      'unable to render task: failed to resolve secrets in the task with error: timeout\n in fetching secrets';
    expect(first(text)?.id).toBe('task-identity-cannot-read-key-vault');
  });
});

describe('helm unable to list the tags of a chart (field19 19D002)', () => {
  it("names the token's scope map among the first three", () => {
    const text =
      'When I run `helm dependency update` I get a 401: could not retrieve list of tags. However, running `helm pull` to get the chart in question works fine.';
    expect(
      diagnose(text)
        .causes.slice(0, 3)
        .map((c) => c.family),
    ).toContain('token-scope-map-insufficient');
  });
});

describe('"Authentication Required" named in a sentence (field19 19C002)', () => {
  it('keeps not being logged in among the first three', () => {
    const text =
      'Although I am already connected to my Azure registry, pushing to my registry failed with an Authentication Required message.';
    expect(
      diagnose(text)
        .causes.slice(0, 3)
        .map((c) => c.id),
    ).toContain('docker-not-logged-in');
  });
});

describe("a client tool's own crash (field19 19C004, 19E004)", () => {
  it.each([
    "Pop up the error with 'Cannot read property 'adminUserEnabled' of undefined'.",
    "TypeError: Cannot read properties of undefined (reading 'loginServer')",
    "ERROR: 'NoneType' object is not callable\naz acr build -r contoso -t web:1 .",
    'panic: runtime error: invalid memory address or nil pointer dereference',
    'Malformed JSON response: {"access_token":"***"}',
  ])('is not an ACR access problem (%#)', (text) => {
    const d = diagnose(text);
    expect(d.causes[0]?.id).toBe('cli-usage-or-unsupported');
    expect(d.verdict).toBe('not-acr');
  });

  it('does not outweigh the registry refusing in the same paste', () => {
    const text =
      'Error response from daemon: Get "https://contoso.azurecr.io/v2/": unauthorized: authentication required\nTypeError: Cannot read properties of undefined (reading \'auth\')';
    expect(first(text)?.family).not.toBe('other');
  });
});
