import { diagnose } from '../../../src/diagnosis';

/**
 * Apps built on a model service reach a registry channel with the model's own limits: its "tokens" and its 429 are not
 * a registry's (field51's 51E002, generalised). Every paste here is our own.
 */
describe("a model service's own limits", () => {
  it.each([
    [
      'OpenAI rate limit',
      "openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for gpt-4o in organization org-x on tokens per min (TPM): Limit 30000, Used 29800, Requested 900.', 'type': 'tokens', 'code': 'rate_limit_exceeded'}}",
    ],
    [
      'context length',
      "BadRequestError: This model's maximum context length is 128000 tokens. However, your messages resulted in 131072 tokens. (code: context_length_exceeded)",
    ],
    [
      'Azure OpenAI content filter',
      "The response was filtered due to the prompt triggering Azure OpenAI's content management policy. Please modify your prompt and retry.",
    ],
    [
      'a deployment that does not exist',
      'Error code: 404 - {"error": {"code": "DeploymentNotFound", "message": "The API deployment for this resource does not exist."}}',
    ],
  ])('%s: is not the registry', (_what, text) => {
    const d = diagnose(text);
    expect(d.causes[0]?.id).toBe('ai-model-service-limit');
    expect(d.verdict).toBe('not-acr');
  });

  it("leaves a registry's own throttling to the registry", () => {
    const d = diagnose(
      'Error response from daemon: toomanyrequests: too many requests to contoso.azurecr.io. Please retry later.',
    );
    expect(d.causes[0]?.family).toBe('throttled-too-many-requests');
  });
});
