import { diagnose } from '../../../src/diagnosis';

/**
 * Rules written after field20's first look (test/fixtures/first-looks/field20.jsonl), each with the paste that
 * motivated it and the neighbours it must leave alone.
 */
describe("go-containerregistry's platform mismatch, as Container Apps passes it on (field20 20F001)", () => {
  it('is an image not built for the platform', () => {
    const text =
      "Field 'template.containers.api.image' is invalid with details:\n'Invalid value: \"contoso.azurecr.io/api:latest\":\nno child with platform linux/amd64 in index'";
    expect(diagnose(text).causes[0]?.id).toBe('platform-architecture-mismatch');
  });
});

describe('"not found" when all that failed was a sign-in (field20 20F004)', () => {
  const login = '- GitHub Actions → ACR login fail\n- Error: "contosoregistry not found"\n- Build jobs fail';

  it('reads the sign-in as the failing operation', () => {
    expect(diagnose(login).signals.facts).toContain('fails:login');
  });

  it('does not offer a missing image, and keeps the registry name among the candidates', () => {
    const families = diagnose(login).causes.map((c) => c.family);
    expect(families).not.toContain('image-or-tag-not-found');
    expect(families).toContain('wrong-registry-name-or-not-found');
  });

  it('still offers a missing image when a pull is what failed', () => {
    const pull = '- deploy → ACR pull fail\n- Error: "contoso.azurecr.io/web:1.2 not found"';
    expect(diagnose(pull).causes.map((c) => c.family)).toContain('image-or-tag-not-found');
  });
});
