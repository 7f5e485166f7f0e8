import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { installFakeApi } from '../../../../test/support/fake-api';
import { askedBeforeSending, runAsWeapp, tapAskingInTap } from '../../../../test/support/subscribe';
import { redirectTo, taroTest } from '../../../../test/support/taro';
import LegalApplyPage from '../apply';
import { legalDraftKey } from '../legal-draft';
import { answerFileChooserWith, pdfFile, photoFile } from './choose-files';

const type = (container: HTMLElement, selector: string, value: string) =>
  fireEvent.change(container.querySelector(`${selector} input, ${selector} textarea, textarea${selector}`) as HTMLInputElement, { target: { value } });
const tap = (container: HTMLElement, selector: string) => fireEvent.click(container.querySelector(selector) as HTMLElement);
const errorOf = (container: HTMLElement, field: string) => container.querySelector(`#nx-field-${field} .nx-field-error`)?.textContent ?? null;

const open = async () => {
  let view!: ReturnType<typeof render>;
  await act(async () => {
    view = render(<LegalApplyPage />);
  });
  return view.container;
};

const fillIn = (container: HTMLElement) => {
  tap(container, '#nx-case-type-wageArrears');
  type(container, '.nx-apply-story', '10月和11月的工资一共7200元，站点一直拖着不发。');
  tap(container, '#nx-party-company');
  type(container, '.nx-apply-party-name', '长青配送站');
  type(container, '.nx-apply-amount', '7200');
  tap(container, '[id^="nx-started-"]');
  type(container, '.nx-apply-phone', '13912345678');
  tap(container, '#nx-contact-time-evening');
};

const filed = () => ({ id: 'case-1', status: 'submitted', answerBy: 1_795_300_000_000 });

describe('LegalApplyPage', () => {
  beforeEach(() => taroTest.reset());

  it('shows what is missing next to each field, and sends nothing', async () => {
    const api = installFakeApi({});
    const container = await open();
    await act(async () => tap(container, '.nx-apply-submit'));
    expect(errorOf(container, 'caseType')).toBe('请选择遇到的问题');
    expect(errorOf(container, 'story')).toBe('请多写几句发生了什么（至少10个字）');
    expect(errorOf(container, 'otherParty-kind')).toBe('请选择对方是谁');
    expect(errorOf(container, 'otherParty-name')).toContain('请填写对方的名称');
    expect(errorOf(container, 'startedOn')).toBe('请选择问题开始的年月');
    expect(errorOf(container, 'contact-phone')).toBe('请填写11位手机号');
    expect(errorOf(container, 'contact-time')).toBe('请选择方便接电话的时间');
    expect(errorOf(container, 'amountClaimed')).toBeNull();
    expect(api.sent).toEqual([]);
  });

  it('uploads chosen photos at once, keeps their ids in the draft, and submits them with the request', async () => {
    let uploads = 0;
    const api = installFakeApi({
      'legal.uploadEvidence': (data) => {
        uploads += 1;
        return { ok: true, data: { id: `up-${uploads}`, name: data.name, contentType: data.contentType, size: 4096 } };
      },
      'legal.submit': () => ({ ok: true, data: filed() }),
    });
    const container = await open();
    fillIn(container);
    const restore = answerFileChooserWith([photoFile('工资条.jpg', 4096), photoFile('聊天.png', 2048, 'image/png')]);
    await act(async () => tap(container, '.nx-evidence-add-photo'));
    restore();
    await waitFor(() => expect(container.querySelectorAll('.nx-evidence-item--done')).toHaveLength(2));
    // A JPEG named .png goes as what its bytes are.
    expect(api.callsTo('legal.uploadEvidence').map((event) => [event.data.name, event.data.contentType])).toEqual([
      ['工资条.jpg', 'image/jpeg'],
      ['聊天.png', 'image/jpeg'],
    ]);
    expect(JSON.stringify(taroTest.storage.get(legalDraftKey))).toContain('up-2');

    await act(async () => tap(container, '.nx-apply-submit'));
    const [submitted] = api.callsTo('legal.submit');
    expect(submitted.data).toMatchObject({ caseType: 'wageArrears', amountClaimed: 7200, evidence: ['up-1', 'up-2'], contact: { phone: '13912345678', time: 'evening' } });
    expect(submitted.requestId).toEqual(expect.any(String));
    expect(redirectTo).toHaveBeenCalledWith({ url: '/packages/legal/case?id=case-1&new=1' });
    expect(taroTest.storage.has(legalDraftKey)).toBe(false);
  });

  it('refuses a file over 2 MB or of the wrong kind before sending anything', async () => {
    const api = installFakeApi({});
    const container = await open();
    const restore = answerFileChooserWith([pdfFile('合同.pdf', 2 * 1024 * 1024 + 10)]);
    await act(async () => tap(container, '.nx-evidence-add-pdf'));
    restore();
    await waitFor(() => expect(screen.getByText('合同.pdf：文件不能超过2MB，请换一张小一点的照片或分开上传')).toBeTruthy());
    const notAPhoto = answerFileChooserWith([new File(['<html>'], '截图.png', { type: 'image/png' })]);
    await act(async () => tap(container, '.nx-evidence-add-photo'));
    notAPhoto();
    await waitFor(() => expect(screen.getByText('截图.png：只能上传照片（JPG、PNG、WebP）或PDF文件')).toBeTruthy());
    expect(api.sent).toEqual([]);
  });

  it('keeps everything and the same requestId when the network drops, so the retry files one case', async () => {
    let online = false;
    const api = installFakeApi({ 'legal.submit': () => (online ? { ok: true, data: filed() } : 'network-down') });
    const container = await open();
    fillIn(container);
    await act(async () => tap(container, '.nx-apply-submit'));
    await waitFor(() => expect(screen.getByText('网络不好，请检查网络后重试。填写的内容已保存')).toBeTruthy());
    expect((taroTest.storage.get(legalDraftKey) as { story: string }).story).toContain('7200元');

    // The page is opened again later: the draft is back, and the retry carries the same requestId.
    online = true;
    const again = await open();
    expect((again.querySelector('.nx-apply-party-name input') as HTMLInputElement).value).toBe('长青配送站');
    await act(async () => tap(again, '.nx-apply-submit'));
    const attempts = api.callsTo('legal.submit');
    expect(attempts).toHaveLength(2);
    expect(attempts[1].requestId).toBe(attempts[0].requestId);
  });
});

describe('LegalApplyPage in the mini-program', () => {
  let undo: () => void = () => undefined;
  beforeEach(() => {
    taroTest.reset();
    undo = runAsWeapp();
  });
  afterEach(() => undo());

  it('asks, in the submit tap, for the answer on the request and the end of the case: three at most, the answer first', async () => {
    const api = installFakeApi({ 'legal.submit': () => ({ ok: true, data: filed() }) });
    const container = await open();
    fillIn(container);
    expect(await tapAskingInTap(container.querySelector('.nx-apply-submit'))).toEqual([['legalAccepted', 'legalDeclined', 'legalClosed']]);
    expect(askedBeforeSending('legal', 'submit')).toBe(true);
    expect(api.callsTo('legal.submit')).toHaveLength(1);
  });

  it('asks only for what the build has template ids for', async () => {
    undo();
    undo = runAsWeapp({ legalClosed: 'tmpl-legalClosed' });
    installFakeApi({ 'legal.submit': () => ({ ok: true, data: filed() }) });
    const container = await open();
    fillIn(container);
    expect(await tapAskingInTap(container.querySelector('.nx-apply-submit'))).toEqual([['legalClosed']]);
  });
});
