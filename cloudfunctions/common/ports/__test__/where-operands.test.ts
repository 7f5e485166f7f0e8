import { prefixUpperBound } from '../where-operands';

describe('prefixUpperBound', () => {
  it('increments the last code point', () => {
    expect(prefixUpperBound('/a/')).toBe('/a0');
    expect(prefixUpperBound('工会')).toBe('工伛');
  });

  it('bounds prefixes followed by characters above U+FFFF, which prefix + "\\uffff" would miss', () => {
    const upper = prefixUpperBound('a') ?? '';
    expect(Buffer.compare(Buffer.from('a😀'), Buffer.from(upper))).toBeLessThan(0);
    expect(Buffer.compare(Buffer.from('a😀'), Buffer.from('a\uffff'))).toBeGreaterThan(0);
  });

  it('skips the surrogate range and carries past U+10FFFF', () => {
    expect(prefixUpperBound('a\ud7ff')).toBe('a\ue000');
    expect(prefixUpperBound('a\u{10ffff}')).toBe('b');
    expect(prefixUpperBound('\u{10FFFF}')).toBeNull();
    expect(prefixUpperBound('')).toBeNull();
  });
});
