import { tenantOfToken } from '../../../src/azure';

const token = (claims: object) =>
  `eyJhbGciOiJub25lIn0.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;

describe('tenantOfToken', () => {
  it('reads the tid claim, lower case', () => {
    expect(tenantOfToken(token({ tid: '72F988BF-86F1-41AF-91AB-2D7CD011DB47' }))).toEqual({
      ok: true,
      tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
    });
  });

  it.each([
    ['', 'not-a-jwt'],
    ['abc', 'not-a-jwt'],
    ['a.%%%.c', 'not-a-jwt'],
    [`a.${Buffer.from('not json').toString('base64url')}.c`, 'not-a-jwt'],
    [token({ oid: 'x' }), 'no-tenant'],
    [token({ tid: 'contoso.onmicrosoft.com' }), 'no-tenant'],
  ])('%s → %s', (input, reason) => {
    expect(tenantOfToken(input)).toEqual({ ok: false, reason });
  });
});
