import { maskIdNumber, maskName, maskPhone } from '../mask';

describe('masking personal data', () => {
  it('keeps the area code and the last four digits of an ID number', () => {
    expect(maskIdNumber('530321199203151232')).toBe('530321********1232');
    expect(maskIdNumber('11010519491231002x')).toBe('110105********002X');
  });

  it('hides the middle four digits of a phone number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('+86 138-1234-5678')).toBe('138****5678');
  });

  it('masks the inner characters of a name', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳明')).toBe('欧*明');
    expect(maskName('买买提·艾力')).toBe('买****力');
    expect(maskName('王')).toBe('王');
  });
});
