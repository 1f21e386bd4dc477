import { diagnose } from '../../../src/diagnosis';
import { familiesOf } from '../../support/diagnosis';
import { joinOpenCodeSpans } from '../../../src/diagnosis/folding';

/**
 * Reading fixes written after field7's first look (test/fixtures/corpus/field7.md), each on the structure of
 * the text, with other names filled in than the corpus pastes that showed the gap (field7 7c003, 7c005).
 */

describe('a registry error code printed as `CODE: message` (go-containerregistry clients)', () => {
  it('reads NAME_UNKNOWN as the distribution code and the repository as missing', () => {
    const d = diagnose(
      'reconciliation failed:\n  NAME_UNKNOWN: repository "charts/fabrikam/web" is not found',
    );
    expect(d.signals.facts).toContain('oci:NAME_UNKNOWN');
    expect(familiesOf('NAME_UNKNOWN: repository "charts/fabrikam/web" is not found')[0]).toBe(
      'image-or-tag-not-found',
    );
  });

  it('reads MANIFEST_UNKNOWN the same way', () => {
    expect(diagnose('MANIFEST_UNKNOWN: manifest tagged by "9.9" is not found').signals.facts).toContain(
      'oci:MANIFEST_UNKNOWN',
    );
  });

  it('does not take a word in capitals that is no protocol code', () => {
    const facts = diagnose('CACHE_UNKNOWN: waiting for the cache to warm up').signals.facts;
    expect(facts.filter((f) => f.startsWith('oci:'))).toEqual([]);
  });
});

describe('an inline code span that the writer’s editor wrapped', () => {
  it('joins the line that opens the span with the one that closes it', () => {
    expect(
      joinOpenCodeSpans(['the pull fails with `UNAUTHORIZED: authentication', 'required`.', 'next']),
    ).toEqual(['the pull fails with `UNAUTHORIZED: authentication required`.', 'next']);
  });

  it('leaves closed spans, fences and lines without a closing tick alone', () => {
    const lines = ['run `az acr login` first', '```', 'an `open span', 'and plain prose', '```'];
    expect(joinOpenCodeSpans(lines)).toEqual(lines);
  });

  it('lets the engine read the wrapped message', () => {
    const text = 'the HelmRepository fails with `UNAUTHORIZED: authentication\nrequired` since Monday.';
    expect(diagnose(text).signals.facts).toContain('oci:UNAUTHORIZED');
    expect(familiesOf(text)[0]).toBe('credentials-not-configured');
  });
});
