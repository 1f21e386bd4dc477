import { diagnose } from '../../../src/diagnosis';

/**
 * Rules written after field16's first look (test/fixtures/first-looks/field16.jsonl), each with the paste that
 * motivated it and the neighbours it must leave alone.
 */
const first = (text: string) => diagnose(text).causes[0];

describe('a distribution code quoted bare in a sentence (field16 16A004)', () => {
  it('is read as the registry code', () => {
    const d = diagnose('Error: MANIFEST_UNKNOWN for frontend image');
    expect(d.signals.distribution).toContain('MANIFEST_UNKNOWN');
    expect(d.causes[0]?.family).toBe('image-or-tag-not-found');
  });

  it('is not read inside a longer identifier', () => {
    expect(diagnose('export MANIFEST_UNKNOWN_COUNT=3').signals.distribution).not.toContain(
      'MANIFEST_UNKNOWN',
    );
    expect(diagnose('see handle-NAME_UNKNOWN-case').signals.distribution).not.toContain('NAME_UNKNOWN');
  });
});

describe('insufficient_scope alone (field16 16C002)', () => {
  it('stays below certainty: a missing role and a token scope map print the same', () => {
    const d = diagnose('insufficient_scope: authorization failed');
    expect(d.causes[0]?.confidence).toBeLessThan(0.9);
    expect(d.causes.map((c) => c.family)).toEqual(
      expect.arrayContaining(['missing-role-assignment', 'token-scope-map-insufficient']),
    );
  });
});

describe(".NET's JWT reader refusing what was sent as a token (field16 16A002)", () => {
  it('is a wrong credential when the registry refused it', () => {
    expect(
      first(
        'ACR then rejected every destination request with IDX12729 / 401 and the operator catalog indexes stopped being mirrored.',
      )?.family,
    ).toBe('invalid-credentials');
  });

  it('says nothing about a registry when another .NET service refused it', () => {
    const d = diagnose(
      "IDX12729: Unable to decode the header '[PII is hidden]' as Base64Url encoded string. jwtEncodedString: '[PII is hidden]'.",
    );
    expect(d.causes.map((c) => c.family)).not.toContain('invalid-credentials');
  });
});

describe(".NET's HttpClient timeout on a registry push (field16 16B003)", () => {
  it('is read as the network not getting through to the registry', () => {
    expect(
      first(
        'Failed to push to the output registry: The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing',
      )?.family,
    ).toBe('client-firewall-blocks-endpoints');
  });

  it('is not, for some other .NET client', () => {
    const d = diagnose(
      'System.Threading.Tasks.TaskCanceledException: The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.',
    );
    expect(d.causes.map((c) => c.family)).not.toContain('client-firewall-blocks-endpoints');
  });
});
