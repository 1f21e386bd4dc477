import { safeDocLinks, safeDocUrl } from '../../../src/cards/doc-links';
import { CAUSES } from '../../../src/knowledge';

describe('documentation links on cards', () => {
  it('allows https links to the documentation hosts', () => {
    expect(
      safeDocUrl(
        'https://learn.microsoft.com/azure/container-registry/container-registry-firewall-access-rules',
      ),
    ).toBe('https://learn.microsoft.com/azure/container-registry/container-registry-firewall-access-rules');
    expect(safeDocUrl('https://aka.ms/acr/firewall')).toBe('https://aka.ms/acr/firewall');
  });

  it.each([
    'javascript:alert(1)',
    'http://learn.microsoft.com/x',
    'https://evil.example/learn.microsoft.com',
    'https://learn.microsoft.com.evil.example/x',
    'https://user:pass@learn.microsoft.com/x',
    'https://learn.microsoft.com:8443/x',
    'data:text/html,<script>alert(1)</script>',
    'not a url',
  ])('refuses %s', (url) => {
    expect(safeDocUrl(url)).toBeUndefined();
  });

  it('keeps every link the knowledge base has today', () => {
    for (const cause of CAUSES) expect(safeDocLinks(cause.docs, 'en', 10)).toHaveLength(cause.docs.length);
  });

  it('drops bad links and stops at the limit', () => {
    const docs = [
      { title: { en: 'bad', ru: 'плохо' }, url: 'https://evil.example/' as const },
      { title: { en: 'a', ru: 'а' }, url: 'https://aka.ms/a' as const },
      { title: { en: 'b', ru: 'б' }, url: 'https://aka.ms/b' as const },
    ];
    expect(safeDocLinks(docs, 'ru', 1)).toEqual([{ title: 'а', url: 'https://aka.ms/a' }]);
  });
});
