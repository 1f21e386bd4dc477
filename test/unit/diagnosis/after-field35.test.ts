/**
 * Rules written after field35's first look: Docker Hub's refusal stays Docker Hub's when part of the name is
 * redacted, and the Azure CLI's "APIVersion … is not available" is the CLI's age, whatever the command names.
 */
import { diagnose } from '../../../src/diagnosis';

describe("Docker Hub's refusal with a redacted name", () => {
  it('names no registry host, so it is not an ACR', () => {
    const d = diagnose(
      "Error response from daemon: pull access denied for <team>-billing, repository does not exist or may require 'docker login'",
    );
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('non-acr-registry');
  });

  it('leaves a redacted first component with a path undecided about its host', () => {
    const d = diagnose('pull access denied for <registry>/billing, repository does not exist');
    expect(d.causes[0]?.id).not.toBe('non-acr-registry');
  });
});

describe("the Azure CLI's missing API version", () => {
  it('is the CLI, not the subscription the command names', () => {
    const d = diagnose(
      [
        'az acr build --image api:1 --subscription 0000-1111 --registry contosoacr --file Dockerfile .',
        'NotImplementedError: APIVersion 2019-06-01-preview is not available.',
      ].join('\n'),
    );
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('cli-usage-or-unsupported');
  });
});
