import { screen } from '@testing-library/react';
import { installFakeApi } from '../../../../test/support/fake-api';
import { taroTest } from '../../../../test/support/taro';
import { renderPage, tap } from '../../../../test/support/page-actions';
import { joinDraftKey, joinSubmittedKey } from '../../join/join-draft';
import DeleteMyDataPage from '../delete';

const open = () => renderPage(<DeleteMyDataPage />);
const dialogOk = (text: string) => screen.getByText(text, { selector: '.nut-dialog-footer-ok, .nut-dialog-footer-ok *' });

describe('DeleteMyDataPage (删除我的信息)', () => {
  beforeEach(() => taroTest.reset());

  it('says what will happen, asks twice, erases, and leaves nothing on the phone', async () => {
    taroTest.storage.set(joinDraftKey, { name: '王小明' });
    taroTest.storage.set(joinSubmittedKey, { name: '王小明' });
    const api = installFakeApi({
      'member.deletionPreview': () => ({
        ok: true,
        data: { holds: ['入会和会籍', '法律援助'], warnings: ['你有1件进行中的法律援助案件，删除后会作为撤回关闭。'], blocked: null },
      }),
      'member.deleteMine': () => ({ ok: true, data: { erasedAt: 1, notices: ['你已退出工会，会员号和电子会员卡已作废。'] } }),
    });
    const { container } = await open();
    expect(container.querySelector('.nx-delete-holds')?.textContent).toContain('入会和会籍、法律援助');
    expect(container.querySelector('.nx-delete-warning')?.textContent).toContain('作为撤回关闭');

    await tap(container.querySelector('.nx-delete-submit'));
    await tap(dialogOk('继续'));
    expect(api.callsTo('member.deleteMine')).toHaveLength(0);
    await tap(dialogOk('确认删除'));
    expect(api.callsTo('member.deleteMine')[0].data).toEqual({ confirm: '删除我的全部信息' });

    expect(container.querySelector('#nx-delete-done')?.textContent).toContain('你的信息已删除');
    expect(container.querySelector('.nx-delete-notice')?.textContent).toBe('你已退出工会，会员号和电子会员卡已作废。');
    expect(taroTest.storage.has(joinDraftKey)).toBe(false);
    expect(taroTest.storage.has(joinSubmittedKey)).toBe(false);
  });

  it('explains why staff cannot delete, and offers no button', async () => {
    installFakeApi({
      'member.deletionPreview': () => ({ ok: true, data: { holds: ['入会和会籍'], warnings: [], blocked: '你还担任工会工作人员，工作记录需要保留。' } }),
    });
    const { container } = await open();
    expect(screen.getByText('现在不能删除')).toBeTruthy();
    expect(container.querySelector('.nx-delete-submit')).toBeNull();
  });
});
