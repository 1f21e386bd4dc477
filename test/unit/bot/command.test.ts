import { parseCommand, plainMessage, registryName } from '../../../src/bot/command';

describe('reading what a message asks for', () => {
  it.each([
    'help',
    'HELP',
    '/help',
    '?',
    'hi',
    'Привет',
    'помощь',
    '',
    '   ',
    '<p>help</p>',
    'diagnose',
    'check',
  ])('"%s" asks for help', (text) => {
    expect(parseCommand(text)).toEqual({ kind: 'help' });
  });

  it('a bare registry name asks what the bot can do for it, unless the engine sees an error in the word', () => {
    expect(parseCommand('contoso')).toEqual({ kind: 'word', registry: 'contoso', text: 'contoso' });
    expect(parseCommand('<p>Contoso</p>')).toEqual({ kind: 'word', registry: 'contoso', text: 'Contoso' });
    expect(parseCommand('contoso.azurecr.io')).toEqual({ kind: 'registry', registry: 'contoso' });
    expect(parseCommand('check contoso')).toEqual({ kind: 'registry', registry: 'contoso' });
    expect(parseCommand('check Contoso.AzureCR.io')).toEqual({ kind: 'registry', registry: 'contoso' });
  });

  it('names that break ACR naming are explained, not diagnosed', () => {
    expect(parseCommand('my-registry')).toEqual({ kind: 'invalid-registry', given: 'my-registry' });
    expect(parseCommand('check abc')).toEqual({ kind: 'invalid-registry', given: 'abc' });
    expect(parseCommand('contoso.azurecr.com')).toEqual({
      kind: 'invalid-registry',
      given: 'contoso.azurecr.com',
    });
  });

  it('a registry on the first line gives context to the paste below it', () => {
    expect(parseCommand('contoso\nError response from daemon: denied')).toEqual({
      kind: 'diagnose',
      text: 'Error response from daemon: denied',
      registryHint: 'contoso',
    });
    expect(parseCommand('check contoso\nunauthorized: authentication required')).toEqual({
      kind: 'diagnose',
      text: 'unauthorized: authentication required',
      registryHint: 'contoso',
    });
    expect(parseCommand('diagnose contoso.azurecr.io:\ndenied')).toEqual({
      kind: 'diagnose',
      text: 'denied',
      registryHint: 'contoso',
    });
    expect(parseCommand('<p>contoso</p><p>denied: requested access to the resource is denied</p>')).toEqual({
      kind: 'diagnose',
      text: 'denied: requested access to the resource is denied',
      registryHint: 'contoso',
    });
  });

  it('a first line that is a log word starts the paste, it is not a registry', () => {
    for (const first of ['Error', 'WARNING:', 'Events:', 'Failed']) {
      const text = `${first}\nsomething went wrong`;
      expect(parseCommand(text)).toEqual({ kind: 'diagnose', text });
    }
  });

  it('anything else is a paste, passed on exactly as received', () => {
    const html =
      '<p>Error response from daemon: Get &quot;https://contoso.azurecr.io/v2/&quot;: unauthorized</p>';
    expect(parseCommand(html)).toEqual({ kind: 'diagnose', text: html });
    const docker = 'REPOSITORY   TAG\n<none>       <none>';
    expect(parseCommand(docker)).toEqual({ kind: 'diagnose', text: docker });
    expect(parseCommand('diagnose Error response from daemon: denied')).toEqual({
      kind: 'diagnose',
      text: 'Error response from daemon: denied',
    });
  });

  it('reads Teams HTML as text but leaves other angle brackets alone', () => {
    expect(plainMessage('<p>one</p><p>two &amp; three<br>four</p>')).toBe('one\ntwo & three\nfour\n');
    expect(plainMessage('pull <acrname>.azurecr.io/<image>')).toBe('pull <acrname>.azurecr.io/<image>');
  });

  it('validates registry names by the ACR rule', () => {
    expect(registryName('abcde')).toBe('abcde');
    expect(registryName('abcd')).toBeUndefined();
    expect(registryName('a'.repeat(51))).toBeUndefined();
    expect(registryName('con-toso')).toBeUndefined();
    expect(registryName('contoso.azurecr.cn')).toBe('contoso');
  });
});
