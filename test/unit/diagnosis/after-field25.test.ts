/**
 * Rules written after field25's first look (test/fixtures/corpus/field25.md), each a platform's or the registry's own
 * words.
 */
import { diagnose } from '../../../src/diagnosis';

describe('a platform the image was not built for, in the platforms’ own words', () => {
  it.each([
    [
      "Container Apps' revision validation (25B003)",
      "Field 'template.containers.web.image' is invalid with details: 'Invalid value: \"contoso.azurecr.io/web:1\": image OS/Arc must be linux/amd64 but found linux/arm64'",
    ],
    [
      'a Windows image built for another Windows build (25B002)',
      'Failed to pull image "contoso.azurecr.io/fluentd:latest": rpc error: code = Unknown desc = a Windows version 10.0.18362-based image is incompatible with a 10.0.17763 host',
    ],
  ])('%s is the platform on an ACR image', (_what, text) => {
    expect(diagnose(text).causes[0]?.id).toBe('platform-architecture-mismatch');
  });

  it('and on an image published elsewhere, that publisher’s build (25B004)', () => {
    const d = diagnose(
      'Step 1/8 : FROM mcr.microsoft.com/windows/servercore:ltsc2025-amd64\nltsc2025-amd64: Pulling from windows/servercore\na Windows version 10.0.26100-based image is incompatible with a 10.0.20348 host',
    );
    expect(d.causes[0]?.id).toBe('platform-not-published');
    expect(d.verdict).toBe('not-acr');
  });
});

describe('not access', () => {
  it.each([
    [
      "Azure Batch's image-name validation (25A006)",
      'Caused by:\n  One or more container images specified are invalid',
    ],
    [
      'ACR refusing public access while exports are disabled (25C001)',
      "ERROR: (BadRequest) Enabling public network access is not supported because the registry 'contoso' has exports disabled.",
    ],
  ])('%s is the request, not a refusal', (_what, text) => {
    const d = diagnose(text);
    expect(d.causes[0]?.id).toBe('cli-usage-or-unsupported');
    expect(d.verdict).toBe('not-acr');
  });

  it('hcsshim preparing a layer on the Windows host is the host (25B009)', () => {
    const d = diagnose(
      'hcsshim::PrepareLayer failed in Win32: The parameter is incorrect. (0x57) path=C:\\ProgramData\\docker\\windowsfilter\\abc',
    );
    expect(d.causes[0]?.id).toBe('local-engine-fault');
  });
});

it("ACR's answer to an ARM-audience token it no longer accepts (25C002)", () => {
  const d = diagnose(
    'Pulling image: contoso.azurecr.io/web:1\nERROR - UNAUTHORIZED: token validation failed',
  );
  expect(d.causes[0]?.id).toBe('arm-audience-token-rejected');
});
