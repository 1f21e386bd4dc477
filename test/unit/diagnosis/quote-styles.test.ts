import { diagnose } from '../../../src/diagnosis';
import { quoteSpellings } from '../../../src/diagnosis/compiled-rules';
import { readMessages } from '../../bench/corpus';
import { REWRAPS } from '../../bench/rewrap';

/**
 * The same message quoted another way: Go's %q prints "name", Python's repr and PowerShell 'name', Go's %s and
 * older Docker clients a bare name, and az CLI prints a registry's JSON body as a Python dict. A clue must not hang
 * on which (issue 7: match the stable core, not one release's spelling).
 */

describe('quoteSpellings', () => {
  it('adds the other quote and, where enough is left, no quote', () => {
    expect(quoteSpellings("may require 'docker login'")).toEqual([
      "may require 'docker login'",
      'may require "docker login"',
      'may require docker login',
    ]);
    expect(quoteSpellings('"adminuserenabled": false')).toEqual([
      '"adminuserenabled": false',
      "'adminuserenabled': false",
      'adminuserenabled: false',
    ]);
  });

  it('leaves apostrophes alone', () => {
    expect(quoteSpellings("can't be pulled")).toEqual(["can't be pulled"]);
    expect(quoteSpellings("looks like you don't have access to registry")).toEqual([
      "looks like you don't have access to registry",
    ]);
  });

  it('does not drop the quotes of a word that would say too little without them', () => {
    expect(quoteSpellings('secret "')).toEqual(['secret "', "secret '"]);
  });
});

describe('a message quoted another way reads the same', () => {
  const first = (text: string) => diagnose(text).causes[0]?.id;

  it('reads a push scope from the registry body az CLI prints as a Python dict', () => {
    // With the command that printed it: a bare "denied" with no registry named is read as most likely another one's.
    const dict =
      '$ az acr repository update -n contoso --image app:1 --write-enabled false\n' +
      "ERROR: {'errors': [{'code': 'DENIED', 'message': 'requested access to the resource is denied', " +
      "'detail': [{'Type': 'repository', 'Name': 'app', 'Action': 'push'}]}]}";
    expect(first(dict)).toBe('missing-push-permission');
    expect(diagnose(dict).signals.distribution).toContain('DENIED');
  });

  it('reads a pull-secret name quoted with single quotes or none', () => {
    for (const text of [
      "Message:          secret 'acr-pull' not found",
      'Message:          secret "acr-pull" not found',
    ])
      expect(first(text)).toBe('image-pull-secret-missing');
  });

  it('reads the Docker hint without quotes, as a person retypes it', () => {
    const quoted = first(
      "pull access denied for contoso.azurecr.io/app, repository does not exist or may require 'docker login'",
    );
    const bare = first(
      'pull access denied for contoso.azurecr.io/app, repository does not exist or may require docker login',
    );
    expect(bare).toBe(quoted);
  });

  // What is left: a wrapper's own quoting inside the message (kind's `command "docker pull …"`), a JS SDK's literal
  // JSON, a pod secret whose name alone is left once its quotes go.
  const KNOWN: Readonly<Record<string, readonly string[]>> = {
    'single quotes': ['acrsdk-015', 'kind-001'],
    'quotes dropped': ['kind-001', 'vk-006'],
  };
  it.each(Object.keys(KNOWN))('every catalogue message keeps its first cause with %s', (name) => {
    const rewrap = REWRAPS.find((r) => r.name === name);
    if (!rewrap) throw new Error(`no rewrap ${name}`);
    const changed = readMessages()
      .filter((m) => first(m.text) !== first(rewrap.apply(m.text)))
      .map((m) => m.id);
    expect(changed).toEqual(KNOWN[name]);
  });
});
