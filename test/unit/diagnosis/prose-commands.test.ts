/**
 * A command named as the subject of a person's sentence ("docker push fails with …") aims at no image: the word after
 * it is the sentence's verb, not an image on Docker Hub. Counter-cases keep real bare names Docker Hub's.
 */
import { diagnose } from '../../../src/diagnosis';

describe('a command named in a sentence', () => {
  it.each([
    ['docker push fails with unauthorized: authentication required', 'credentials-not-configured'],
    ['podman pull keeps failing with unauthorized: authentication required', 'credentials-not-configured'],
    // The pull that works is read too: signed in, so the push lacks a permission.
    [
      'docker pull works but docker push gives unauthorized: authentication required',
      'missing-role-assignment',
    ],
  ])('is not read as a pull or push of an image called by its verb: %s', (text, family) => {
    const d = diagnose(text);
    expect(d.causes[0]?.id).not.toBe('non-acr-registry');
    expect(d.verdict).not.toBe('not-acr');
    expect(d.causes[0]?.family).toBe(family);
  });

  it.each([
    ['a bare image name pushed', 'docker push myapp\ndenied: requested access to the resource is denied'],
    ['an official image pulled', 'docker pull nginx\nunauthorized: authentication required'],
  ])('still reads %s as Docker Hub', (_what, text) => {
    const d = diagnose(text);
    expect(d.causes[0]?.id).toBe('non-acr-registry');
    expect(d.verdict).toBe('not-acr');
  });
});
