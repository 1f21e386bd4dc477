import { CLOUDS } from '../../../src/azure';
import { isRegistryName, parseRegistryTarget } from '../../../src/checks/registry-name';

const pub = CLOUDS.AzurePublicCloud;

describe('registry names and login servers', () => {
  it.each(['contoso', 'Contoso01', 'a'.repeat(50), 'abcde'])('%s is a registry name', (name) => {
    expect(isRegistryName(name)).toBe(true);
  });

  it.each(['abcd', 'a'.repeat(51), 'con-toso', 'con_toso', 'contoso.', 'контосо', 'con toso'])(
    '%j is not',
    (name) => {
      expect(isRegistryName(name)).toBe(false);
    },
  );

  it.each([
    ['contoso', { name: 'contoso', loginServer: null, dnl: false }],
    ['Contoso.AzureCR.io', { name: 'contoso', loginServer: 'contoso.azurecr.io', dnl: false }],
    [
      'https://contoso.azurecr.io/team/app:1.0',
      { name: 'contoso', loginServer: 'contoso.azurecr.io', dnl: false },
    ],
    [
      'contoso-b4fgcxd3e2h1a0.azurecr.io',
      { name: 'contoso', loginServer: 'contoso-b4fgcxd3e2h1a0.azurecr.io', dnl: true },
    ],
    ['contoso.westeurope.data.azurecr.io', { name: 'contoso', loginServer: null, dnl: false }],
  ])('%s → %j', (input, expected) => {
    expect(parseRegistryTarget(input, pub)).toEqual({
      ok: true,
      target: { ...expected, cloud: 'AzurePublicCloud' },
    });
  });

  it.each([
    ['con-toso', 'is not a registry name'],
    ['evil.example.com', 'is not an Azure Container Registry login server'],
    ['contoso.azurecr.io.evil.example', 'is not an Azure Container Registry login server'],
    ['contoso.azurecr.us', 'is a registry in Azure US Government'],
    ['a.b.contoso.azurecr.io', 'is not a registry name'],
    ['abc.azurecr.io', 'is not a registry name'],
    ['x'.repeat(400), 'is not a registry name'],
  ])('%s is refused: %s', (input, message) => {
    const result = parseRegistryTarget(input, pub);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.en).toContain(message);
  });

  it('takes the suffix from the configured cloud', () => {
    expect(parseRegistryTarget('contoso.azurecr.cn', CLOUDS.AzureChinaCloud)).toMatchObject({
      ok: true,
      target: { cloud: 'AzureChinaCloud' },
    });
  });
});
