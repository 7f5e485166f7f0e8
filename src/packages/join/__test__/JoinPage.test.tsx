import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { privacyNoticeVersion } from '@core/privacy';
import { installFakeApi, pendingMember, unionsPage } from '../../../../test/support/fake-api';
import { askedBeforeSending, runAsWeapp, tapAskingInTap } from '../../../../test/support/subscribe';
import { redirectTo, requestSubscribeMessage, taroTest } from '../../../../test/support/taro';
import JoinPage from '../index';
import { joinDraftKey, joinSubmittedKey } from '../join-draft';

const type = (container: HTMLElement, className: string, value: string) =>
  fireEvent.change(container.querySelector(`.${className} input`) as HTMLInputElement, { target: { value } });
const tap = (container: HTMLElement, selector: string) => fireEvent.click(container.querySelector(selector) as HTMLElement);
const errorOf = (container: HTMLElement, field: string) =>
  container.querySelector(`#nx-field-${field} .nx-field-error`)?.textContent ?? null;
const submit = async (container: HTMLElement) => {
  await act(async () => {
    fireEvent.click(container.querySelector('.nx-join-submit') as HTMLElement);
  });
};

/** Renders the page and lets its first calls (suggested unions, a drive) answer. */
const open = async () => {
  let view!: ReturnType<typeof render>;
  await act(async () => {
    view = render(<JoinPage />);
  });
  return view;
};

/** A worker's answers, everything but the two consents. */
const fillIn = async (container: HTMLElement) => {
  type(container, 'nx-join-name', '王小明');
  type(container, 'nx-join-id-number', '11010519491231002X');
  type(container, 'nx-join-phone', '13812345678');
  tap(container, '#nx-occupation-courier');
  type(container, 'nx-join-work-area', '青山区长青街道');
  await waitFor(() => expect(container.querySelector('#nx-union-u1')).not.toBeNull());
  tap(container, '#nx-union-u1');
};

/** Everything this phone keeps, as one string to search for a personal number. */
const storedText = () => JSON.stringify([...taroTest.storage.entries()]);

const unionHandlers = {
  'directory.unions': () => ({ ok: true as const, data: unionsPage }),
  'directory.suggestUnions': () => ({ ok: true as const, data: { items: unionsPage.items } }),
};

describe('JoinPage', () => {
  beforeEach(() => taroTest.reset());

  it('suggests the unions of the occupation the worker picks', async () => {
    const riderUnion = { id: 'u-rider', name: '青山区美团外卖长青站点工会', parentName: '青山区网约送餐行业工会联合会', area: '青山区长青街道' };
    const api = installFakeApi({
      ...unionHandlers,
      'directory.suggestUnions': (data) => ({ ok: true, data: { items: data.occupation === 'rider' ? [riderUnion] : unionsPage.items } }),
    });
    const { container } = await open();
    expect(api.callsTo('directory.unions')).toHaveLength(1);
    await act(async () => {
      tap(container, '#nx-occupation-rider');
    });
    await waitFor(() => expect(container.querySelector('#nx-union-u-rider')).not.toBeNull());
    expect(api.callsTo('directory.suggestUnions').map((event) => event.data)).toEqual([{ occupation: 'rider' }]);
    expect(container.querySelector('#nx-union-u1')).toBeNull();
  });

  it('shows what is wrong next to each field when an empty form is submitted, and sends nothing', async () => {
    const api = installFakeApi({ ...unionHandlers });
    const { container } = await open();
    await submit(container);
    expect(errorOf(container, 'name')).toBe('请填写真实姓名（至少2个字）');
    expect(errorOf(container, 'idNumber')).toBe('身份证号应为18位');
    expect(errorOf(container, 'phone')).toBe('请填写11位手机号');
    expect(errorOf(container, 'occupation')).toBe('请选择职业');
    expect(errorOf(container, 'workArea')).toContain('请填写工作区域');
    expect(errorOf(container, 'unionId')).toBe('请选择要加入的工会');
    expect(api.callsTo('member.join')).toHaveLength(0);
  });

  it('will not submit until both the privacy and the sensitive-data consent are checked', async () => {
    const api = installFakeApi({
      ...unionHandlers,
      'member.join': () => ({ ok: true, data: pendingMember() }),
    });
    const { container } = await open();
    await fillIn(container);

    await submit(container);
    expect(errorOf(container, 'consent-privacy')).toBe('请阅读并同意隐私政策');
    expect(errorOf(container, 'consent-sensitive')).toBe('请同意处理身份证号等敏感信息');
    expect(api.callsTo('member.join')).toHaveLength(0);

    tap(container, '.nx-consent-privacy');
    await submit(container);
    expect(errorOf(container, 'consent-privacy')).toBeNull();
    expect(errorOf(container, 'consent-sensitive')).toBe('请同意处理身份证号等敏感信息');
    expect(api.callsTo('member.join')).toHaveLength(0);

    tap(container, '.nx-consent-sensitive');
    await submit(container);
    const [join] = api.callsTo('member.join');
    expect(join.data).toEqual({
      name: '王小明',
      idNumber: '11010519491231002X',
      phone: '13812345678',
      occupation: 'courier',
      workArea: '青山区长青街道',
      unionId: 'u1',
      consent: { version: privacyNoticeVersion, privacy: true, sensitive: true },
    });
    expect(join.requestId).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(redirectTo).toHaveBeenCalledWith({ url: '/packages/join/status' });
    expect(taroTest.storage.has(joinDraftKey)).toBe(false);
  });

  it('keeps neither the ID number nor the phone on this phone once the application is in', async () => {
    installFakeApi({ ...unionHandlers, 'member.join': () => ({ ok: true, data: pendingMember() }) });
    const { container } = await open();
    await fillIn(container);
    tap(container, '.nx-consent-privacy');
    tap(container, '.nx-consent-sensitive');
    // While typing, the draft holds them: a closed page must not lose what was typed.
    expect(storedText()).toContain('11010519491231002X');

    await submit(container);
    expect(redirectTo).toHaveBeenCalledWith({ url: '/packages/join/status' });
    expect(storedText()).not.toContain('11010519491231002X');
    expect(storedText()).not.toContain('13812345678');
    expect(taroTest.storage.get(joinSubmittedKey)).toEqual({
      name: '王小明',
      occupation: 'courier',
      employer: '',
      workArea: '青山区长青街道',
      union: unionsPage.items[0],
      driveId: null,
    });
  });

  it('starts a resubmission after 驳回 from the kept answers, with the ID number and phone to type again', async () => {
    taroTest.storage.set(joinSubmittedKey, {
      name: '王小明',
      // A copy written before the ID number and phone stopped being kept: they are not brought back.
      idNumber: '11010519491231002X',
      phone: '13812345678',
      occupation: 'courier',
      employer: '顺丰',
      workArea: '青山区长青街道',
      union: unionsPage.items[0],
      driveId: null,
    });
    taroTest.setRouterParams({ resubmit: '1' });
    installFakeApi({
      ...unionHandlers,
      'member.me': () => ({
        ok: true,
        data: { member: pendingMember({ status: 'rejected', rejectReason: '工作区域写得不清楚' }), staff: [], privacyVersion: privacyNoticeVersion },
      }),
    });
    const { container } = await open();
    await waitFor(() => expect(screen.getByText('原因：工作区域写得不清楚')).toBeTruthy());
    const valueOf = (className: string) => (container.querySelector(`.${className} input`) as HTMLInputElement).value;
    expect(valueOf('nx-join-name')).toBe('王小明');
    expect(valueOf('nx-join-employer')).toBe('顺丰');
    expect(valueOf('nx-join-work-area')).toBe('青山区长青街道');
    expect(container.querySelector('#nx-occupation-courier')?.className).toContain('nx-choice--selected');
    expect(container.querySelector('#nx-union-u1')?.className).toContain('nx-choice--selected');
    expect(valueOf('nx-join-id-number')).toBe('');
    expect(valueOf('nx-join-phone')).toBe('');
    expect(JSON.stringify(taroTest.storage.get(joinDraftKey))).not.toContain('11010519491231002X');
  });

  it('keeps what was typed when the page is closed and opened again', async () => {
    installFakeApi({ ...unionHandlers });
    const first = await open();
    await fillIn(first.container);
    tap(first.container, '.nx-consent-privacy');
    first.unmount();

    const { container } = await open();
    expect((container.querySelector('.nx-join-name input') as HTMLInputElement).value).toBe('王小明');
    expect((container.querySelector('.nx-join-phone input') as HTMLInputElement).value).toBe('13812345678');
    expect(container.querySelector('#nx-occupation-courier')?.className).toContain('nx-choice--selected');
    expect(container.querySelector('#nx-union-u1')?.className).toContain('nx-choice--selected');
    expect(container.querySelector('.nx-consent-privacy')?.className).toContain('nut-checkbox-active');
  });

  it('retries a lost submission with the same requestId, and takes a new one after a definite answer', async () => {
    let answer: 'network-down' | 'phone-taken' | 'ok' = 'network-down';
    const api = installFakeApi({
      ...unionHandlers,
      'member.join': () =>
        answer === 'network-down'
          ? 'network-down'
          : answer === 'phone-taken'
            ? {
                ok: false,
                error: {
                  code: 'MEMBER.PHONE_TAKEN',
                  message: '这个手机号已被其他会员使用。请换一个手机号，或联系工会处理',
                  fields: { phone: '这个手机号已被其他会员使用' },
                },
              }
            : { ok: true, data: pendingMember() },
    });
    const { container } = await open();
    await fillIn(container);
    tap(container, '.nx-consent-privacy');
    tap(container, '.nx-consent-sensitive');

    await submit(container);
    expect(screen.getByText('网络不好，请检查网络后重试。填写的内容已保存')).toBeTruthy();
    answer = 'phone-taken';
    await submit(container);
    const [lost, refused] = api.callsTo('member.join');
    expect(refused.requestId).toBe(lost.requestId);
    expect(errorOf(container, 'phone')).toBe('这个手机号已被其他会员使用');
    expect(screen.getByText('这个手机号已被其他会员使用。请换一个手机号，或联系工会处理')).toBeTruthy();

    type(container, 'nx-join-phone', '13912345678');
    expect(errorOf(container, 'phone')).toBeNull();
    answer = 'ok';
    await submit(container);
    const accepted = api.callsTo('member.join')[2];
    expect(accepted.requestId).not.toBe(refused.requestId);
    expect(accepted.data.phone).toBe('13912345678');
  });

  it('fills in the union of the drive the worker scanned, from the weapp scene', async () => {
    taroTest.setRouterParams({ scene: encodeURIComponent('drive-42') });
    const api = installFakeApi({
      ...unionHandlers,
      'drive.entry': () => ({
        ok: true,
        data: {
          id: 'drive-42',
          title: '长青街道快递员集中入会日',
          union: { id: 'u9', name: '长青街道快递行业工会联合会（第二分会）' },
          place: '长青街道党群服务中心',
          startsAt: 1_795_000_000_000,
          endsAt: 1_795_010_000_000,
          giftCampaign: null,
        },
      }),
    });
    const { container } = await open();
    await waitFor(() => expect(screen.getByText('你正在参加：长青街道快递员集中入会日')).toBeTruthy());
    expect(api.callsTo('drive.entry')[0].data).toEqual({ driveId: 'drive-42' });
    expect(container.querySelector('#nx-union-u9')?.className).toContain('nx-choice--selected');
  });
});

describe('JoinPage in the mini-program', () => {
  let undo: () => void = () => undefined;
  beforeEach(() => {
    taroTest.reset();
    undo = runAsWeapp();
  });
  afterEach(() => undo());

  it('asks to be told the review’s answer in the submit tap, before the application is sent', async () => {
    const api = installFakeApi({ ...unionHandlers, 'member.join': () => ({ ok: true, data: pendingMember() }) });
    const { container } = await open();
    await fillIn(container);
    tap(container, '.nx-consent-privacy');
    tap(container, '.nx-consent-sensitive');

    expect(await tapAskingInTap(container.querySelector('.nx-join-submit'))).toEqual([['memberApproved', 'memberRejected']]);
    expect(askedBeforeSending('member', 'join')).toBe(true);
    expect(api.callsTo('member.join')).toHaveLength(1);
    expect(redirectTo).toHaveBeenCalledWith({ url: '/packages/join/status' });
  });

  it('asks nothing while the form still has mistakes, and sends nothing', async () => {
    const api = installFakeApi({ ...unionHandlers });
    const { container } = await open();
    expect(await tapAskingInTap(container.querySelector('.nx-join-submit'))).toEqual([]);
    expect(api.callsTo('member.join')).toHaveLength(0);
  });

  it('files the application when the worker refuses the messages', async () => {
    requestSubscribeMessage.mockRejectedValueOnce({ errMsg: 'requestSubscribeMessage:fail cancel' });
    const api = installFakeApi({ ...unionHandlers, 'member.join': () => ({ ok: true, data: pendingMember() }) });
    const { container } = await open();
    await fillIn(container);
    tap(container, '.nx-consent-privacy');
    tap(container, '.nx-consent-sensitive');
    await submit(container);
    expect(requestSubscribeMessage).toHaveBeenCalledTimes(1);
    expect(api.callsTo('member.join')).toHaveLength(1);
    expect(redirectTo).toHaveBeenCalledWith({ url: '/packages/join/status' });
  });
});
