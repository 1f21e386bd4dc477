import { binaryShare } from '../../../src/diagnosis/terminal-noise';

/** binaryShare skips its count when a native search finds no odd character: both paths must give the plain count. */
function plainShare(text: string): number {
  let odd = 0;
  for (const ch of text.slice(0, 65536)) {
    const c = ch.charCodeAt(0);
    if ((c < 32 && ![9, 10, 13, 27].includes(c)) || c === 0xfffd || (c >= 0x7f && c <= 0x9f)) odd++;
  }
  return text.length === 0 ? 0 : odd / Math.min(text.length, 65536);
}

describe('binaryShare', () => {
  it('counts no tab, line break, carriage return or ESC as binary', () => {
    expect(binaryShare('a\tb\nc\r\n\x1b[31mred\x1b[0m')).toBe(0);
  });

  it('counts every kind of odd character, alone or among others', () => {
    for (const odd of [
      '\x00',
      '\x08',
      '\x0b',
      '\x0c',
      '\x0e',
      '\x1a',
      '\x1c',
      '\x1f',
      '\x7f',
      '\x85',
      '\x9f',
      '\ufffd',
    ])
      expect(binaryShare(`abc${odd}`)).toBe(0.25);
  });

  it('agrees with a plain count on every character below U+0100 and the replacement character', () => {
    for (let c = 0; c < 0x100; c++) {
      const text = `xy${String.fromCharCode(c)}z`;
      expect(binaryShare(text)).toBe(plainShare(text));
    }
    expect(binaryShare('ok \ufffd\ufffd')).toBe(plainShare('ok \ufffd\ufffd'));
  });
});
