import { diagnose } from '../../../../src/diagnosis';

const signals = (text: string) => diagnose(text).signals;

describe('tool facts', () => {
  describe("azure-cli's own wording", () => {
    // field4 k031 (Azure/azure-cli#10272): az login behind an intercepting proxy, nothing else in the paste.
    it('reads az from the connection error its core raises', () => {
      const s = signals(
        "Please ensure you have network connection. Error detail: HTTPSConnectionPool(host='login.microsoftonline.com', port=443): Max retries exceeded with url: /common/oauth2/token (Caused by SSLError(SSLError(\"bad handshake: Error([('SSL routines', 'tls_process_server_certificate', 'certificate verify failed')],)\",),))",
      );
      expect(s.facts).toContain('tool:az');
      expect(s.tool).toBe('az');
    });

    it('does not read az from a bare Python requests error', () => {
      expect(
        signals(
          "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='login.microsoftonline.com', port=443): Max retries exceeded with url: /common/oauth2/token",
        ).facts,
      ).not.toContain('tool:az');
    });
  });

  describe('ACI behind virtual-kubelet', () => {
    // field f031 (virtual-kubelet/virtual-kubelet#386): the ACI provider's log line names no ACI wording.
    it("reads ACI from virtual-kubelet's azure provider", () => {
      const s = signals(
        'time="2018-10-24T13:07:10Z" level=error msg="Failed to create pod" error="secrets \\"my-secret\\" not found" namespace=my-namespace node=virtual-kubelet-virtual-kubelet-windows-eastus operatingSystem=Windows pod=my-server-574d68478c-gsvzx provider=azure',
      );
      expect(s.facts).toContain('tool:aci');
    });

    it('reads ACI from an AKS virtual node', () => {
      expect(
        signals(
          'Warning  ProviderCreateFailed  pod/web  virtual-node-aci-linux  ACI returned error: image pull failed',
        ).facts,
      ).toContain('tool:aci');
    });

    it.each([
      ['external-dns', 'time="2024-01-01T00:00:00Z" level=error msg="failed to list zones" provider=azure'],
      [
        'another virtual-kubelet provider',
        'virtual-kubelet: node=vk-eci provider=alibabacloud error="quota"',
      ],
    ])('does not read ACI from %s', (_, text) => {
      expect(signals(text).facts).not.toContain('tool:aci');
    });
  });
});
