import type { CheckReport } from '../../../src/checks/types';
import { reconcile } from '../../../src/diagnosis/reconcile';
import { showReconciled } from '../../../src/cards/causes-after-checks';
import type { CauseVerdict, CheckId } from '../../../src/knowledge';
import { mergeReports } from '../../../src/live-checks';
import { diagnosisWith } from '../../support/diagnosis';

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
const causes = diagnosis.causes;

describe('reconcile', () => {
  it('moves confirmed causes to the top, ruled-out ones to the bottom, and renormalises', () => {
    const r = reconcile(
      causes,
      report([
        'network',
        [v('firewall-client-ip-not-allowed', 'confirmed'), v('public-network-access-disabled', 'ruled-out')],
      ]),
    );
    expect(r.causes.map((c) => [c.id, c.status])).toEqual([
      ['firewall-client-ip-not-allowed', 'confirmed'],
      ['private-dns-resolves-public-ip', 'possible'],
      ['public-network-access-disabled', 'ruled-out'],
    ]);
    const [confirmed, possible, ruledOut] = r.causes.map((c) => c.confidence);
    expect(ruledOut).toBe(0);
    expect((confirmed ?? 0) + (possible ?? 0)).toBeCloseTo(1, 10);
    expect(confirmed).toBeGreaterThan(0.95);
    expect(r.causes[0]?.evidence).toEqual([{ check: 'network', verdict: 'confirmed', because }]);
    expect(showReconciled(diagnosis, r).causes.map((c) => c.id)).toEqual(r.causes.map((c) => c.id));
  });

  it('without verdicts nothing changes', () => {
    const r = reconcile(causes, report());
    expect(r.causes.map((c) => c.status)).toEqual(['possible', 'possible', 'possible']);
    expect(showReconciled(diagnosis, r).causes).toEqual(diagnosis.causes);
  });

  it('reads only the id, confidence and scope of each cause, and keeps them as its basis (plain data)', () => {
    const r = reconcile(
      causes.map((c) => ({ id: c.id, confidence: c.confidence, scope: c.scope })),
      report(),
    );
    expect(r.basis).toEqual(causes.map((c) => ({ id: c.id, confidence: c.confidence, scope: c.scope })));
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('a confirmation wins over a ruling-out from another check, and both findings are kept', () => {
    const r = reconcile(
      causes,
      report(
        ['network', [v('firewall-client-ip-not-allowed', 'ruled-out')]],
        ['login-failures', [v('firewall-client-ip-not-allowed', 'confirmed')]],
      ),
    );
    const firewall = r.causes.find((c) => c.id === 'firewall-client-ip-not-allowed');
    expect(firewall?.status).toBe('confirmed');
    expect(firewall?.evidence.map((e) => e.check)).toEqual(['network', 'login-failures']);
  });

  it('reports confirmed causes the paste did not suggest separately, and ignores ruled-out ones it did not list', () => {
    const r = reconcile(
      causes,
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
    const settled = reconcile(
      causes,
      report(['network', [v('firewall-client-ip-not-allowed', 'confirmed')]]),
    );
    expect(settled.settled).toBe(true);
    expect(showReconciled(asked, settled).distinguish).toBeNull();
    expect(showReconciled(asked, reconcile(causes, report())).distinguish).not.toBeNull();
  });

  it('when every cause is ruled out, all confidences are zero and the paste keeps its verdict', () => {
    const r = reconcile(causes, report(['network', causes.map((c) => v(c.id, 'ruled-out'))]));
    expect(r.causes.every((c) => c.confidence === 0 && c.status === 'ruled-out')).toBe(true);
    expect(r.verdict).toBeNull();
  });
});

describe('mergeReports', () => {
  const base = (results: CheckReport['results'], withCauses: boolean): CheckReport => {
    const r: CheckReport = {
      registry: 'contoso.azurecr.io',
      credential: 'delegated-user',
      complete: true,
      azureCalls: 3,
      elapsedMs: 10,
      results,
    };
    return withCauses ? { ...r, reconciliation: reconcile(causes, r) } : r;
  };
  const result = (check: CheckId, verdicts: CauseVerdict[]): CheckReport['results'][number] => ({
    check,
    status: verdicts.length > 0 ? 'fail' : 'pass',
    summary: because,
    facts: [],
    verdicts,
    fix: [],
    elapsedMs: 1,
  });

  it('a narrower later run is reconciled together with what the earlier run found', () => {
    const earlier = base([result('network', [v('public-network-access-disabled', 'ruled-out')])], true);
    const later = base([result('login-failures', [v('firewall-client-ip-not-allowed', 'confirmed')])], true);
    const merged = mergeReports(earlier, later);
    expect(merged.results.map((r) => r.check)).toEqual(['network', 'login-failures']);
    expect(merged.azureCalls).toBe(6);
    expect(merged.reconciliation?.causes.map((c) => [c.id, c.status])).toEqual([
      ['firewall-client-ip-not-allowed', 'confirmed'],
      ['private-dns-resolves-public-ip', 'possible'],
      ['public-network-access-disabled', 'ruled-out'],
    ]);
  });

  it('reports without a paste stay without a reconciliation', () => {
    expect(mergeReports(base([], false), base([], false)).reconciliation).toBeUndefined();
  });
});
