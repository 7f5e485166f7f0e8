import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { installFakeApi } from '../../../../test/support/fake-api';
import { taroTest } from '../../../../test/support/taro';
import LegalCasePage from '../case';
import { answerFileChooserWith, photoFile } from './choose-files';
import { workerCase } from './legal-views.fixtures';

const open = async () => {
  taroTest.setRouterParams({ id: 'case-1' });
  let view!: ReturnType<typeof render>;
  await act(async () => {
    view = render(<LegalCasePage />);
  });
  return view.container;
};

describe('LegalCasePage', () => {
  beforeEach(() => taroTest.reset());

  it('shows the status, every step with who did it, and the evidence', async () => {
    installFakeApi({ 'legal.detail': () => ({ ok: true, data: workerCase() }) });
    const container = await open();
    expect(container.querySelector('.nx-case-status')?.textContent).toBe('已受理');
    expect(Array.from(container.querySelectorAll('.nx-case-timeline__title')).map((node) => node.textContent)).toEqual(['提交法律援助申请', '工会已受理']);
    expect(container.querySelectorAll('.nx-case-timeline__meta')[1].textContent).toContain('长青站点工会 · 服务专员');
    expect(screen.getByText('我们明天给你打电话')).toBeTruthy();
    expect(screen.getByText('涉及金额：7,200元')).toBeTruthy();
    expect((container.querySelector('.nx-evidence-photo') as HTMLImageElement).getAttribute('src')).toBe('/files/legal/e1.jpg');
    expect(container.querySelector('.nx-case-rate')).toBeNull();
  });

  it('adds evidence to an open case: upload, then one call with the ids', async () => {
    const api = installFakeApi({
      'legal.detail': () => ({ ok: true, data: workerCase() }),
      'legal.uploadEvidence': (data) => ({ ok: true, data: { id: 'up-9', name: data.name, contentType: data.contentType, size: 1024 } }),
      'legal.addEvidence': () => ({ ok: true, data: { id: 'case-1', evidenceCount: 2 } }),
    });
    const container = await open();
    const restore = answerFileChooserWith([photoFile('欠条.jpg', 1024)]);
    await act(async () => fireEvent.click(container.querySelector('.nx-evidence-add-photo') as HTMLElement));
    restore();
    await waitFor(() => expect(container.querySelector('.nx-case-add-submit')).not.toBeNull());
    await act(async () => fireEvent.click(container.querySelector('.nx-case-add-submit') as HTMLElement));
    expect(api.callsTo('legal.addEvidence').map((event) => event.data)).toEqual([{ caseId: 'case-1', uploadIds: ['up-9'] }]);
    expect(api.callsTo('legal.detail')).toHaveLength(2);
  });

  it('asks for stars before sending a rating, then sends them once', async () => {
    const closed = workerCase({ status: 'closed', outcome: 'mediated', amountRecovered: 7200, canAddEvidence: false, canRate: true });
    const api = installFakeApi({
      'legal.detail': () => ({ ok: true, data: closed }),
      'legal.rate': (data) => ({ ok: true, data: { id: 'case-1', stars: data.stars } }),
    });
    const container = await open();
    expect(container.querySelector('.nx-case-outcome')?.textContent).toBe('结果：调解解决，追回7,200元');
    expect(container.querySelector('.nx-evidence-add-photo')).toBeNull();
    await act(async () => fireEvent.click(container.querySelector('.nx-case-rate-submit') as HTMLElement));
    expect(screen.getByText('请先点星星打分')).toBeTruthy();
    expect(api.callsTo('legal.rate')).toHaveLength(0);

    fireEvent.click(container.querySelector('#nx-star-4') as HTMLElement);
    expect(screen.getByText('4星 · 满意')).toBeTruthy();
    await act(async () => fireEvent.click(container.querySelector('.nx-case-rate-submit') as HTMLElement));
    expect(api.callsTo('legal.rate').map((event) => event.data)).toEqual([{ caseId: 'case-1', stars: 4 }]);
  });

  it('says what went wrong and offers 重试 when the case cannot be loaded', async () => {
    installFakeApi({ 'legal.detail': () => ({ ok: false, error: { code: 'LEGAL.CASE_NOT_FOUND', message: '没有找到这个案件，请回到列表刷新' } }) });
    const container = await open();
    expect(screen.getByText('没有找到这个案件，请回到列表刷新')).toBeTruthy();
    expect(container.querySelector('.nx-retry')).not.toBeNull();
  });
});
