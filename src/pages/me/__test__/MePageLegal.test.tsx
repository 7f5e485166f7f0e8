import { act, fireEvent, render } from '@testing-library/react';
import { installFakeApi } from '../../../../test/support/fake-api';
import { navigateTo, taroTest } from '../../../../test/support/taro';
import MePage from '../index';

const openAs = async (roles: string[]) => {
  installFakeApi({
    'member.me': () => ({ ok: true, data: { member: null, staff: [{ union: { id: 'u1', name: '长青站点工会' }, roles }], privacyVersion: '2026-11-01' } }),
  });
  let view!: ReturnType<typeof render>;
  await act(async () => {
    view = render(<MePage />);
  });
  return view.container;
};

describe('MePage: 法律援助案件 under 工会工作', () => {
  beforeEach(() => taroTest.reset());

  it('leads 服务专员 to the legal-aid queue', async () => {
    const container = await openAs(['reviewer', 'operator']);
    fireEvent.click(container.querySelector('.nx-me-legal') as HTMLElement);
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/legal/staff/queue' });
  });

  it('shows admins the way too, and reviewers alone not at all', async () => {
    expect((await openAs(['admin'])).querySelector('.nx-me-legal')).not.toBeNull();
    taroTest.reset();
    expect((await openAs(['reviewer'])).querySelector('.nx-me-legal')).toBeNull();
  });
});
