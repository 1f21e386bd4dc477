import { diagnose } from '../../../src/diagnosis';

/** The distribution API's content errors: the registry refused what was pushed, not who pushed it. */
describe("the registry's content errors", () => {
  it.each([
    'PUT https://northwind.azurecr.io/v2/web/manifests/2: MANIFEST_INVALID: manifest invalid',
    'received unexpected HTTP status: 400 Bad Request: {"errors":[{"code":"TAG_INVALID","message":"manifest tag did not match URI"}]}',
    'PUT https://northwind.azurecr.io/v2/web/blobs/uploads/9f1?digest=sha256:aa: DIGEST_INVALID: provided digest did not match uploaded content',
  ])('read as rejected content: %s', (text) => {
    const d = diagnose(text);
    expect(d.causes[0]?.id).toBe('registry-rejected-content');
    expect(d.causes[0]?.family).toBe('other');
  });

  it('give way to an access refusal in the same paste', () => {
    const d = diagnose(
      'PUT https://northwind.azurecr.io/v2/web/manifests/2: MANIFEST_INVALID: manifest invalid\nunauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.',
    );
    expect(d.causes[0]?.id).not.toBe('registry-rejected-content');
  });
});
