import { plainLine, plainLineKeepingEnds, plainLines } from '../../../src/cards/plain-text';

describe('user text shown in a card', () => {
  it('drops terminal colours and cursor codes', () => {
    expect(plainLine('\u001b[31mError:\u001b[0m denied \u001b]0;title\u0007done', 100).text).toBe(
      'Error: denied done',
    );
  });

  it('drops control and bidirectional-override characters', () => {
    expect(plainLine('a\u0000b\u0007c\u202ed\u2066e\u0085f', 100).text).toBe('abcdef');
  });

  it('removes <at> tags so pasted text cannot become a mention, keeping other angle brackets', () => {
    expect(plainLine('hi <at>Bob</at> and <AT id="1">Eve</AT> see </> and <none>', 100).text).toBe(
      'hi Bob and Eve see </> and <none>',
    );
  });

  it('keeps markdown and template syntax as literal characters', () => {
    const hostile = '**bold** [x](javascript:alert(1)) ${json($root)} `code`';
    expect(plainLine(hostile, 200).text).toBe(hostile);
  });

  it('replaces broken surrogate pairs and never cuts inside one', () => {
    expect(plainLine('a\ud800b', 10).text).toBe('a\ufffdb');
    const cut = plainLine('😀'.repeat(10), 4);
    expect(cut).toEqual({ text: '😀😀😀…', cut: true });
  });

  it('makes one line of many and cuts long text with an ellipsis', () => {
    expect(plainLine('one\ntwo\r\n\tthree', 100).text).toBe('one two three');
    expect(plainLine('x'.repeat(50), 10)).toEqual({ text: `${'x'.repeat(9)}…`, cut: true });
    expect(plainLine('short', 10)).toEqual({ text: 'short', cut: false });
  });

  it('cuts a long evidence line in the middle, keeping where it came from and the error at its end', () => {
    const line = `Failed to pull image "x": ${'noise '.repeat(100)}denied: client with IP '1.2.3.4' is not allowed access`;
    const cut = plainLineKeepingEnds(line, 120);
    expect(cut.cut).toBe(true);
    expect(Array.from(cut.text).length).toBeLessThanOrEqual(120);
    expect(cut.text.startsWith('Failed to pull image')).toBe(true);
    expect(cut.text.endsWith('is not allowed access')).toBe(true);
    expect(plainLineKeepingEnds('short', 120)).toEqual({ text: 'short', cut: false });
  });

  it('keeps at most the asked number of lines', () => {
    expect(plainLines('1\n2\r\n3\n4', 2, 10)).toEqual({ text: '1\n2', cut: true });
    expect(plainLines('1\n2', 5, 10)).toEqual({ text: '1\n2', cut: false });
  });
});
