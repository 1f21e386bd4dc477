import { diagnose } from '../../../src/diagnosis';

/**
 * IoT Edge wraps the registry's answer in its own words (catalogue iot-edge.jsonl, field3 h088-h090): edgeAgent's
 * EdgeletCommunicationException ends with the edge daemon's status, which is moby's catch-all 500 for any failed
 * pull, and the registry's own reason (when the runtime passes it on) follows "caused by:".
 */
const agent = (inner: string, status: number) =>
  '<3> 2023-04-02 10:12:44.310 +00:00 [ERR] - Executing command for operation ["create"] failed.\n' +
  'Microsoft.Azure.Devices.Edge.Agent.Edgelet.EdgeletCommunicationException- Message:Error calling Create module ' +
  `sensor: ${inner}, StatusCode:${status}, at:   at Microsoft.Azure.Devices.Edge.Agent.Edgelet.ModuleManagementHttpClient.Execute()`;
const chain = (reason: string) =>
  'Could not create module sensor\n\tcaused by: Could not pull image fabrikam.azurecr.io/sensor:2.1\n' +
  `\tcaused by: ${reason}`;

const read = (text: string) => {
  const d = diagnose(text);
  return { tool: d.signals.tool, facts: d.signals.facts, first: d.causes[0] };
};

describe("IoT Edge's module pull failures", () => {
  it("does not read the edge daemon's StatusCode:500 as a registry server error", () => {
    const { tool, facts, first } = read(
      agent('registry operation error: pull image "fabrikam.azurecr.io/sensor:2.1"', 500),
    );
    expect(tool).toBe('iot-edge');
    expect(facts).not.toContain('http:5xx');
    expect(first?.id).toBe('iot-edge-registry-credentials-missing');
  });

  it("keeps the daemon's 404 (moby's not-found)", () => {
    const { facts, first } = read(
      agent('registry operation error: pull image "fabrikam.azurecr.io/sensor:2.1"', 404),
    );
    expect(facts).toContain('http:404');
    expect(first?.family).toBe('image-or-tag-not-found');
  });

  it.each([
    ['unauthorized: authentication required', 'credentials-not-configured'],
    ['unauthorized: Invalid clientid or client secret.', 'invalid-credentials'],
    ['manifest for fabrikam.azurecr.io/sensor:2.1 not found: manifest unknown', 'image-or-tag-not-found'],
    ['dial tcp: lookup fabrikam.azurecr.io on 10.0.0.2:53: server misbehaving', 'dns-resolution-failure'],
  ])('lets the registry\'s reason after "caused by:" decide: %s', (reason, family) => {
    const text = agent(chain(`Get https://fabrikam.azurecr.io/v2/sensor/manifests/2.1: ${reason}`), 500);
    expect(read(text).first?.family).toBe(family);
  });

  it("names the tool from the daemon's journal alone", () => {
    const text =
      '2023-04-02T10:12:44Z [INFO] - Pulling image via tag fabrikam.azurecr.io/sensor:2.1...\n' +
      '2023-04-02T10:12:44Z [WARN] - container runtime error\n';
    expect(read(text).tool).toBe('iot-edge');
  });
});
