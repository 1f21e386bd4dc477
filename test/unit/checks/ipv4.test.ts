import { isPrivateIpv4, matchingRule, parseIpv4, parseIpv4Range } from '../../../src/checks/ipv4';

describe('IPv4 and CIDR', () => {
  it.each(['256.1.1.1', '1.2.3', '01.2.3.4', '1.2.3.4.5', ' ', '::1', '1.2.3.-4'])(
    '%j is not an address',
    (text) => {
      expect(parseIpv4(text)).toBeNull();
    },
  );

  it('parses addresses to 32-bit numbers', () => {
    expect(parseIpv4('0.0.0.0')).toBe(0);
    expect(parseIpv4('255.255.255.255')).toBe(0xffffffff);
    expect(parseIpv4('203.0.113.7')).toBe(((203 << 24) >>> 0) + 113 * 256 + 7);
  });

  it.each([
    ['203.0.113.7', ['203.0.113.7'], '203.0.113.7'],
    ['203.0.113.7', ['203.0.113.0/24'], '203.0.113.0/24'],
    ['203.0.113.7', ['203.0.112.0/23'], '203.0.112.0/23'],
    ['203.0.113.7', ['203.0.113.8/29'], null],
    ['203.0.113.7', ['203.0.113.5/32'], null],
    ['203.0.113.7', ['203.0.113.7/32'], '203.0.113.7/32'],
    ['203.0.113.7', ['203.0.113.99/24'], '203.0.113.99/24'],
    ['203.0.113.7', ['0.0.0.0/0'], '0.0.0.0/0'],
    ['203.0.113.7', ['198.51.100.0/24', '203.0.0.0/16'], '203.0.0.0/16'],
    ['203.0.113.7', ['203.0.113.0/33', 'garbage', '203.0.113.0/24/1'], null],
    ['not-an-ip', ['0.0.0.0/0'], null],
  ])('%s in %j → %s', (ip, rules, expected) => {
    expect(matchingRule(ip, rules)).toBe(expected);
  });

  it('computes range bounds with host bits ignored', () => {
    expect(parseIpv4Range('10.1.2.3/8')).toEqual({
      first: parseIpv4('10.0.0.0'),
      last: parseIpv4('10.255.255.255'),
    });
  });

  it.each([
    ['10.0.0.1', true],
    ['172.31.255.255', true],
    ['172.32.0.1', false],
    ['192.168.1.1', true],
    ['100.64.0.1', true],
    ['203.0.113.7', false],
  ])('private(%s) = %s', (ip, expected) => {
    expect(isPrivateIpv4(ip)).toBe(expected);
  });
});
