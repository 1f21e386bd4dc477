import { literalKeys } from '../../../src/diagnosis/literal-key';

describe('literalKeys', () => {
  it.each([
    [/denied: client with IP/i, ['denied: client with ip']],
    [/failed to fetch (?:anonymous|oauth) token[^\n]{0,200}403 Forbidden/i, ['failed to fetch ']],
    [/login attempt to https:\/\/\S{1,200}\/v2\/ failed with status: 403/i, ['/v2/ failed with status: 403']],
    [
      /public network access (?:is )?disabled|publicNetworkAccess[^\n]{0,20}Disabled/i,
      ['public network access ', 'publicnetworkaccess'],
    ],
    [/AADSTS7000222/, ['aadsts7000222']],
    [/colou?r scheme/, ['r scheme']],
    [/x+yz/, ['xyz']],
    [/ab{0,3}cdef/, ['cdef']],
    [/Trying to pull repository \S{1,200} \.\.\./, ['trying to pull repository ']],
  ])('%s -> %j', (re, keys) => {
    expect(literalKeys(re)).toEqual(keys);
  });

  it('refuses patterns with an alternative that has no literal', () => {
    expect(literalKeys(/abc|\d+/)).toBeNull();
    expect(literalKeys(/a.b/)).toBeNull();
  });
});
