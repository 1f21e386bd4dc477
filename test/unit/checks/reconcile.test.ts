import { reconcile } from '../../../src/diagnosis/reconcile';
import type { CauseVerdict, CheckId } from '../../../src/knowledge';
import { diagnosisWith } from '../../integration/checks/diagnosis';

const because = { en: 'because', ru: 'потому что' };
const report = (...results: [CheckId, CauseVerdict[]][]) => ({
  results: results.map(([check, verdicts]) => ({ check, verdicts })),
});
const v = (cause: CauseVerdict['cause'], verdict: CauseVerdict['verdict']): CauseVerdict => ({
  cause,
  verdict,
  because,
});

const diagnosis = diagnosisWith({}, [
  { id: 'public-network-access-disabled', confidence: 0.6 },
  { id: 'firewall-client-ip-not-allowed', confidence: 0.3 },
  { id: 'private-dns-resolves-public-ip', confidence: 0.1 },
]);

describe('reconcile', () => {
  it('moves confirmed causes to the top, ruled-out ones to the bottom, and renormalises', () => {
    const r = reconcile(
      diagnosis,
      report([
        'network',
        [v('firewall-client-ip-not-allowed', 'confirmed'), v('public-network-access-disabled', 'ruled-out')],
      ]),
    );
    expect(r.causes.map((c) => [c.cause.id, c.status])).toEqual([
      ['firewall-client-ip-not-allowed', 'confirmed'],
      ['private-dns-resolves-public-ip', 'possible'],
      ['public-network-access-disabled', 'ruled-out'],
    ]);
    const [confirmed, possible, ruledOut] = r.causes.map((c) => c.cause.confidence);
    expect(ruledOut).toBe(0);
    expect((confirmed ?? 0) + (possible ?? 0)).toBeCloseTo(1, 10);
    expect(confirmed).toBeGreaterThan(0.95);
    expect(r.causes[0]?.evidence).toEqual([{ check: 'network', verdict: 'confirmed', because }]);
    expect(r.diagnosis.causes.map((c) => c.id)).toEqual(r.causes.map((c) => c.cause.id));
  });

  it('without verdicts nothing changes', () => {
    const r = reconcile(diagnosis, report());
    expect(r.causes.map((c) => c.status)).toEqual(['possible', 'possible', 'possible']);
    expect(r.diagnosis.causes).toEqual(diagnosis.causes);
  });

  it('a confirmation wins over a ruling-out from another check, and both findings are kept', () => {
    const r = reconcile(
      diagnosis,
      report(
        ['network', [v('firewall-client-ip-not-allowed', 'ruled-out')]],
        ['login-failures', [v('firewall-client-ip-not-allowed', 'confirmed')]],
      ),
    );
    const firewall = r.causes.find((c) => c.cause.id === 'firewall-client-ip-not-allowed');
    expect(firewall?.status).toBe('confirmed');
    expect(firewall?.evidence.map((e) => e.check)).toEqual(['network', 'login-failures']);
  });

  it('reports confirmed causes the paste did not suggest separately, and ignores ruled-out ones it did not list', () => {
    const r = reconcile(
      diagnosis,
      report(
        ['admin-user', [v('admin-user-disabled', 'confirmed')]],
        ['auth-as-arm', [v('arm-audience-token-rejected', 'ruled-out')]],
      ),
    );
    expect(r.alsoFound).toEqual([
      { cause: 'admin-user-disabled', evidence: [{ check: 'admin-user', verdict: 'confirmed', because }] },
    ]);
    expect(r.causes).toHaveLength(3);
  });

  it('drops the distinguishing question once a cause is confirmed', () => {
    const asked = {
      ...diagnosis,
      distinguish: {
        between: ['public-network-access-disabled', 'firewall-client-ip-not-allowed'] as const,
        checks: ['network'] as CheckId[],
        question: because,
      },
    };
    expect(
      reconcile(asked, report(['network', [v('firewall-client-ip-not-allowed', 'confirmed')]])).diagnosis
        .distinguish,
    ).toBeNull();
    expect(reconcile(asked, report()).diagnosis.distinguish).not.toBeNull();
  });

  it('when every cause is ruled out, all confidences are zero', () => {
    const r = reconcile(diagnosis, report(['network', diagnosis.causes.map((c) => v(c.id, 'ruled-out'))]));
    expect(r.causes.every((c) => c.cause.confidence === 0 && c.status === 'ruled-out')).toBe(true);
  });
});
