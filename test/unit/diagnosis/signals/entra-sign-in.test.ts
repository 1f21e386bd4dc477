import { diagnose } from '../../../../src/diagnosis';

const facts = (text: string) => diagnose(text).signals.facts;
const REFUSED =
  'ERROR: unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.';

describe('az acr data-plane commands sign in with the CLI identity', () => {
  it.each([
    ['a listing', 'az acr repository list -n contoso -o table'],
    ['a tag listing', 'az acr repository show-tags -n contoso --repository web'],
    ['a manifest command', 'az acr manifest list-metadata -r contoso -n web'],
    ['a prompt before it', 'PS C:\\src> az acr repository show -n contoso --repository web'],
  ])('reads the Entra sign-in from %s', (_, command) => {
    expect(facts(`${command}\n${REFUSED}`)).toContain('entra-sign-in');
  });

  it.each([
    ['-u and -p', 'az acr repository list -n contoso -u pull-token -p ***'],
    ['--username=', 'az acr repository list -n contoso --username=contoso --password=***'],
    ['a continued line', 'az acr repository list -n contoso \\\n  --username pull-token --password ***'],
  ])('does not when the command signs in with a name and password (%s)', (_, command) => {
    expect(facts(`${command}\n${REFUSED}`)).not.toContain('entra-sign-in');
  });

  it('reads neither fact from a listing that worked before another command failed', () => {
    const text = `$ az acr repository list -n contoso -o table\n[\n  "web"\n]\n$ docker push contoso.azurecr.io/web:1.2\nThe push refers to repository [contoso.azurecr.io/web]\n${REFUSED}`;
    expect(facts(text)).not.toContain('entra-sign-in');
    expect(facts(text)).not.toContain('listing-refused');
    expect(diagnose(text).causes[0]?.id).toBe('docker-not-logged-in');
  });

  it('does not read it from az acr login, whose own rules say which credential it used', () => {
    expect(facts(`az acr login -n contoso\n${REFUSED}`)).not.toContain('entra-sign-in');
  });
});

describe('a refused repository listing is a refused catalog scope', () => {
  it('reads the refusal on the lines after the listing command', () => {
    const f = facts(`$ az acr repository list -n contoso -o table\nWARNING: something first\n${REFUSED}`);
    expect(f).toContain('listing-refused');
  });

  it('does not read a listing that was not refused', () => {
    expect(facts('az acr repository list -n contoso -o table\n[\n  "web",\n  "api"\n]')).not.toContain(
      'listing-refused',
    );
  });

  it('leaves a printed catalog scope to scope:catalog, so one refusal counts once', () => {
    const f = facts(
      `az acr repository list -n contoso\n${REFUSED}\nWWW-Authenticate: Bearer realm="https://contoso.azurecr.io/oauth2/token",scope="registry:catalog:*",error="insufficient_scope"`,
    );
    expect(f).toContain('scope:catalog');
    expect(f).not.toContain('listing-refused');
  });
});

describe('what a refused az acr repository list means', () => {
  // field13 13C001 (a registry in the ABAC mode): the CLI names no credential, so no repository token, admin user or
  // docker login can be why; a role is, in either role-assignment mode.
  const bare = `az acr repository list --name contoso --output table\n${REFUSED}`;

  it('names the missing role and the ABAC catalog role, undecided, and nothing about tokens or docker login', () => {
    const d = diagnose(bare);
    expect(d.causes.slice(0, 2).map((c) => c.family)).toEqual([
      'missing-role-assignment',
      'abac-repository-permissions-mode',
    ]);
    expect(d.ambiguity.ambiguous).toBe(true);
    expect(d.causes[0]?.confidence).toBeLessThan(0.9);
    const ids = d.causes.map((c) => c.id);
    for (const id of ['token-scope-map-missing-action', 'docker-not-logged-in', 'entra-acr-token-expired-3h'])
      expect(ids).not.toContain(id);
  });

  it('keeps the scope map first when the listing signed in with a token', () => {
    const d = diagnose(`az acr repository list -n contoso -u pull-token -p ***\n${REFUSED}`);
    expect(d.causes[0]?.family).toBe('token-scope-map-insufficient');
  });
});
