import { diagnose } from '../../../../src/diagnosis';

describe('arm-action-not-authorized', () => {
  // field3 h039: ARM's 403 for a resource-group read was taken for the registry's firewall.
  it("reads ARM's refusal of any action as a missing role, never as the registry's network rules", () => {
    const d = diagnose(
      'com.microsoft.azure.CloudException: Status code 403, {"error":{"code":"AuthorizationFailed","message":"The client \'ci@contoso.com\' with object id \'0b6c1e1e-4a4e-4b7e-9d0e-7c1b7f1e2a3b\' does not have authorization to perform action \'Microsoft.Resources/subscriptions/resourcegroups/read\' over scope \'/subscriptions/5a7a3783-be09-4c9d-acb1-1ad5e6cba56a\' or the scope is invalid."}}',
    );
    expect(d.causes[0]?.id).toBe('arm-action-not-authorized');
    expect(d.causes.map((c) => c.family)).not.toContain('firewall-ip-not-allowed');
  });
});
