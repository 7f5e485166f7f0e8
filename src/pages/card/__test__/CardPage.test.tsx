import { act, render, screen } from '@testing-library/react';
import { installFakeApi } from '../../../../test/support/fake-api';
import { taroTest } from '../../../../test/support/taro';
import CardPage from '../index';

const open = async () => {
  let view!: ReturnType<typeof render>;
  await act(async () => {
    view = render(<CardPage />);
  });
  return view;
};

describe('CardPage', () => {
  beforeEach(() => taroTest.reset());

  it('shows the member card: name, masked ID, union, member number, joined date and a QR code', async () => {
    installFakeApi({
      'member.card': () => ({
        ok: true,
        data: {
          name: '王小明',
          idMasked: '110105********002X',
          union: { id: 'u1', name: '长青街道快递行业工会联合会' },
          occupation: 'courier',
          memberNo: 'NX2026110001',
          // 16:30 UTC on the 29th is 00:30 on the 30th in Shanghai: the card shows China's date.
          joinedAt: Date.UTC(2026, 10, 29, 16, 30),
          qrPayload: 'nuanxin:member:NX2026110001',
        },
      }),
    });
    const { container } = await open();
    expect(container.querySelector('.nx-card-name')?.textContent).toBe('王小明');
    expect(container.querySelector('.nx-card-id')?.textContent).toBe('110105********002X');
    expect(container.querySelector('.nx-card-union')?.textContent).toBe('长青街道快递行业工会联合会');
    expect(container.querySelector('.nx-card-member-no')?.textContent).toBe('NX2026110001');
    expect(container.querySelector('.nx-card-joined')?.textContent).toBe('2026年11月30日');
    expect(container.querySelectorAll('.nx-card-qr .nx-qr__run--dark').length).toBeGreaterThan(20);
  });

  it('greets a non-member with a way to join instead of an error', async () => {
    installFakeApi({
      'member.card': () => ({ ok: false, error: { code: 'MEMBER.NOT_MEMBER', message: '你还不是工会会员，入会通过后才有会员卡' } }),
    });
    const { container } = await open();
    expect(screen.getByText('还没有会员卡')).toBeTruthy();
    expect(container.querySelector('.nx-card-join')).not.toBeNull();
    expect(container.querySelector('.nx-retry')).toBeNull();
  });
});
