import { birthYearOf, idNumberCheckChar, idNumberProblem, isValidIdNumber, normalizeIdNumber } from '../id-number';

const today = new Date('2026-11-29T00:00:00+08:00');

describe('GB 11643 ID numbers', () => {
  it.each([
    ['11010519491231002X', 'the standard sample with an X check character'],
    ['530321199203151232', 'a Yunnan number'],
    ['320106200002290027', 'a leap-day birth date'],
  ])('accepts %s (%s)', (id) => {
    expect(idNumberProblem(id, today)).toBeNull();
  });

  it('accepts a lower-case x and surrounding spaces', () => {
    expect(isValidIdNumber(' 11010519491231002x ', today)).toBe(true);
    expect(normalizeIdNumber(' 11010519491231002x ')).toBe('11010519491231002X');
  });

  it.each([
    ['110105194912310021', 'checksum', 'a wrong check character'],
    ['11010519491231003X', 'checksum', 'one digit changed'],
    ['11010519491231002', 'length', 'seventeen characters'],
    ['1101051949123100201', 'length', 'nineteen characters'],
    ['11010519491231002A', 'format', 'a letter other than X'],
    ['01010519491231002X', 'format', 'an area code starting with 0'],
    ['110105194913310021', 'birthDate', 'month 13'],
    ['320106200102290024', 'birthDate', '29 February of a common year'],
    ['11010520300101001X', 'birthDate', 'a birth date in the future'],
    ['110105189001010011', 'birthDate', 'a birth year before 1900'],
  ])('rejects %s as %s (%s)', (id, problem) => {
    expect(idNumberProblem(id, today)).toBe(problem);
  });

  it('computes the ISO 7064 MOD 11-2 check character', () => {
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
    expect(idNumberCheckChar('44052418800101001')).toBe('4');
  });

  it('reads the birth year', () => {
    expect(birthYearOf('530321199203151232')).toBe(1992);
  });
});
