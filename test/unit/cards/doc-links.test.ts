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

  it('keeps every link the knowledge base has today that is named in words', () => {
    for (const cause of CAUSES) {
      const named = cause.docs.filter((d) => /[a-z]{3}/.test(d.title.en));
      expect(safeDocLinks(cause.docs, 'en', 10)).toHaveLength(named.length);
    }
  });

  it('leaves out a link titled with a bare error code', () => {
    const docs = [
      {
        title: { en: 'CONNECTIVITY_FORBIDDEN_ERROR', ru: 'CONNECTIVITY_FORBIDDEN_ERROR' },
        url: 'https://aka.ms/a' as const,
      },
      { title: { en: 'Health check errors', ru: 'Ошибки проверки' }, url: 'https://aka.ms/b' as const },
    ];
    expect(safeDocLinks(docs, 'en', 5).map((l) => l.title)).toEqual(['Health check errors']);
  });

  it('drops bad links and stops at the limit', () => {
    const docs = [
      { title: { en: 'bad', ru: 'плохо' }, url: 'https://evil.example/' as const },
      { title: { en: 'first', ru: 'первая' }, url: 'https://aka.ms/a' as const },
      { title: { en: 'second', ru: 'вторая' }, url: 'https://aka.ms/b' as const },
    ];
    expect(safeDocLinks(docs, 'ru', 1)).toEqual([{ title: 'первая', url: 'https://aka.ms/a' }]);
  });
});
