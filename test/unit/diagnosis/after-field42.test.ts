/**
 * What field42's first look missed, generalised (each written from what the program or the sentence means, with
 * pastes of our own, none of field42's texts): App Service's pull codes `ImageNotFoundFailure` and
 * `ACRTokenRetrievalFailure`; an anonymous pull told in a sentence; a wrong or empty registry name told in Spanish,
 * Portuguese and other languages; a write-up that calls the failure an incident.
 */
import { diagnose } from '../../../src/diagnosis';

describe("App Service's pull codes", () => {
  it('ImageNotFoundFailure is an image or tag the registry does not have, not the 503 the site answers', () => {
    const d = diagnose(
      [
        'The site returns HTTP 503 after the swap.',
        '2026-10-02T09:12:44Z ERROR - Container pull image failed with: ImageNotFoundFailure',
      ].join('\n'),
    );
    expect(d.verdict).toBe('acr');
    expect(d.causes[0]?.family).toBe('image-or-tag-not-found');
  });

  it('ACRTokenRetrievalFailure is most often the identity without AcrPull, never certain', () => {
    const d = diagnose('2026-10-02T09:12:44Z ERROR - Pull image failed: ACRTokenRetrievalFailure');
    expect(d.causes[0]?.family).toBe('missing-role-assignment');
    expect(d.causes[0]?.confidence).toBeLessThanOrEqual(0.75);
    const families = d.causes.map((c) => c.family);
    expect(families).toContain('credentials-not-configured');
    expect(families).toContain('invalid-credentials');
  });
});

describe('an anonymous pull told in a sentence', () => {
  it('is a pull with nothing set up to sign in with', () => {
    const d = diagnose('The container app deploy failed: it pulled anonymously from our registry.');
    expect(d.causes[0]?.family).toBe('credentials-not-configured');
  });
});

describe('a wrong registry name in other languages', () => {
  it.each([
    ['Spanish', 'El despliegue falló: el nombre del registro era incorrecto.'],
    ['Portuguese', 'O deploy falhou porque o nome do registro estava errado.'],
    ['German', 'Der Push ist fehlgeschlagen, der Registrierungsname war falsch.'],
  ])('%s', (_, text) => {
    expect(diagnose(text).causes[0]?.family).toBe('wrong-registry-name-or-not-found');
  });
});

describe('a write-up that calls it an incident', () => {
  it('describes a failure: its statement names the cause', () => {
    const d = diagnose('Incident 14: the registry name in the release variables was empty.');
    expect(d.causes[0]?.family).toBe('wrong-registry-name-or-not-found');
    expect(d.fallback?.basis).toBe('statement');
  });
});
