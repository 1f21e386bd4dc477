import type { Activity } from 'botbuilder';
import { actionOrigin, signInCarrier, userKeyOf } from '../../../src/bot/action-origin';

const T1 = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const T2 = 'eeeeeeee-0000-4000-8000-00000000000e';
const OID = '6e8d2f0a-3d21-4a5c-9f1e-2b7c3a4d5e6f';

function activity(conversationTenant: unknown, channelTenant: unknown): Partial<Activity> {
  return {
    from: { id: '29:abc', name: 'Megan Bowen', aadObjectId: OID.toUpperCase() },
    conversation: { id: 'a:1', tenantId: conversationTenant } as Activity['conversation'],
    channelData: channelTenant === undefined ? {} : { tenant: { id: channelTenant } },
  };
}

describe('who pressed, in which tenant', () => {
  it.each([
    [T1, T1, { kind: 'known', id: T1 }],
    [T1, undefined, { kind: 'known', id: T1 }],
    [undefined, T1.toUpperCase(), { kind: 'known', id: T1 }],
    [undefined, undefined, { kind: 'unknown' }],
    [T1, T2, { kind: 'conflicting' }],
    ['contoso.onmicrosoft.com', undefined, { kind: 'unknown' }],
    [T1, '../..', { kind: 'unknown' }],
    ['00000000-0000-0000-0000-0000000000001', undefined, { kind: 'unknown' }],
  ])('conversation %s, channelData %s → %j', (a, b, tenant) => {
    expect(actionOrigin(activity(a, b)).tenant).toEqual(tenant);
  });

  it('keys a person by tenant and Entra object id, lower case', () => {
    const origin = actionOrigin(activity(T1, T1));
    expect(origin).toMatchObject({ userId: '29:abc', aadObjectId: OID, name: 'Megan Bowen' });
    expect(userKeyOf(origin)).toBe(`${T1}/${OID}`);
  });
});

describe('the sign-in an invoke carries', () => {
  it.each([
    [{ authentication: { id: 'x', connectionName: 'c', token: 'a.b.c' } }, { kind: 'token', token: 'a.b.c' }],
    [{ state: '123456' }, { kind: 'state' }],
    [{ authentication: { token: 'x'.repeat(20_000) } }, { kind: 'none' }],
    [{ authentication: { token: 42 } }, { kind: 'none' }],
    [{ authentication: 'a.b.c' }, { kind: 'none' }],
    [null, { kind: 'none' }],
    [{}, { kind: 'none' }],
  ])('%j → %j', (value, carrier) => {
    expect(signInCarrier(value)).toEqual(carrier);
  });
});
