import { diagnose } from '../../../src/diagnosis';

/**
 * A pipeline that never had a usable registry credential, in the words of the system that refused to start it:
 * Azure Pipelines' validation of a service connection input, Entra ID's answer to a federated sign-in of an
 * identity with no federated credential.
 */
describe("Azure Pipelines' service connection check", () => {
  it('is the pipeline without a usable registry credential', () => {
    const d = diagnose(
      'The pipeline is not valid. Job Publish: Step Docker input containerRegistry references service connection $(acrConnection) which could not be found. The service connection does not exist, has been disabled or has not been authorized for use.',
    );
    expect(d.causes[0]?.id).toBe('ci-login-inputs-missing');
    expect(d.causes[0]?.fix.some((f) => f.text.en.includes('Service connections'))).toBe(true);
  });
});

describe('a federated sign-in of an identity with no federated credential', () => {
  it('is the federation set-up, like a subject that does not match', () => {
    const d = diagnose(
      "Error: AADSTS70025: The client '7c0d2e1f-3a4b-4c5d-8e9f-0a1b2c3d4e5f'(registry-pusher) has no configured federated identity credentials.",
    );
    expect(d.causes[0]?.id).toBe('workload-identity-federation-mismatch');
  });
});

describe("azure-pipelines-task-lib without the service connection's data", () => {
  it.each([
    '##[error]Error: Endpoint auth data not present: acr-connection',
    '##[error]Unhandled: Endpoint not present: 6c1f4e0d-8a2b-4b8e-9d1a-2f5e7c0a9b11',
    '##[error]Endpoint data parameter registrytype not present: acr-connection',
  ])('is the pipeline without a usable credential: %s', (text) => {
    expect(diagnose(text).causes[0]?.id).toBe('ci-login-inputs-missing');
  });
});
