import { cloud, navigateTo, taroTest } from '../../../test/support/taro';
import { call, devOpenidKey } from '../call';

const member = {
  status: 'approved',
  name: '王小明',
  idMasked: '110105********002X',
  phoneMasked: '138****5678',
  occupation: 'courier',
  employer: null,
  workArea: '青山区长青街道',
  union: { id: 'u1', name: '长青街道快递行业工会联合会' },
  submittedAt: 1,
  reviewedAt: 2,
  rejectReason: null,
  memberNo: 'NX2026110001',
  joinedAt: 2,
  withdrawnAt: null,
  phoneNeedsUpdate: false,
  driveId: null,
};
const meAnswer = { ok: true, data: { member, staff: [], privacyVersion: '2026-11-01', consentNeeded: false, transfer: null } };

const jsonResponse = (status: number, body: unknown) => ({ status, json: async () => body }) as unknown as Response;

describe('call', () => {
  const assign = jest.fn();
  beforeAll(() => {
    Object.defineProperty(window, 'location', { value: { ...window.location, assign, href: 'http://127.0.0.1:8080/#/pages/me/index' }, writable: true });
  });
  beforeEach(() => {
    taroTest.reset();
    assign.mockClear();
    window.localStorage.clear();
    process.env.TARO_ENV = 'h5';
  });

  it('in H5 posts the event to /api/<function> with the dev identity header', async () => {
    window.localStorage.setItem(devOpenidKey, 'demo-member');
    const fetchMock = jest.fn(async () => jsonResponse(200, meAnswer));
    globalThis.fetch = fetchMock as unknown as typeof fetch;

    const result = await call('member', 'me', {});

    expect(result).toEqual(meAnswer);
    expect(fetchMock).toHaveBeenCalledWith('/api/member', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-dev-openid': 'demo-member' },
      body: JSON.stringify({ action: 'me', data: {} }),
    });
    expect(cloud.callFunction).not.toHaveBeenCalled();
  });

  it('in weapp calls the cloud function and unwraps result.result, with the requestId', async () => {
    process.env.TARO_ENV = 'weapp';
    globalThis.fetch = jest.fn() as unknown as typeof fetch;
    cloud.callFunction.mockResolvedValueOnce({ result: meAnswer, errMsg: 'cloud.callFunction:ok' });

    const result = await call('member', 'me', {}, { requestId: 'req-12345678' });

    expect(result).toEqual(meAnswer);
    expect(cloud.callFunction).toHaveBeenCalledWith({ name: 'member', data: { action: 'me', data: {}, requestId: 'req-12345678' } });
    expect(globalThis.fetch).not.toHaveBeenCalled();
  });

  it('turns a lost connection into a failure envelope instead of throwing, in both transports', async () => {
    globalThis.fetch = jest.fn(async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    await expect(call('member', 'card', {})).resolves.toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: '网络不好，请检查网络后重试' },
    });

    process.env.TARO_ENV = 'weapp';
    cloud.callFunction.mockRejectedValueOnce({ errMsg: 'cloud.callFunction:fail timeout' });
    await expect(call('member', 'card', {})).resolves.toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: '网络不好，请检查网络后重试' },
    });
  });

  it('passes expected failures through as they came, fields included', async () => {
    const refused = { ok: false, error: { code: 'INPUT.INVALID', message: '填写的内容有误，请按提示修改', fields: { phone: '请填写11位手机号' } } };
    globalThis.fetch = jest.fn(async () => jsonResponse(400, refused)) as unknown as typeof fetch;
    await expect(call('directory', 'unions', { keyword: '青山' })).resolves.toEqual(refused);
  });

  it('sends a browser without a dev identity to the sign-in page, coming back to where it was', async () => {
    const noIdentity = { ok: false, error: { code: 'AUTH.NO_IDENTITY', message: '请先登录' } };
    globalThis.fetch = jest.fn(async () => jsonResponse(401, noIdentity)) as unknown as typeof fetch;

    await expect(call('member', 'me', {})).resolves.toEqual(noIdentity);
    expect(assign).toHaveBeenCalledWith(`/dev/sign-in?next=${encodeURIComponent('http://127.0.0.1:8080/#/pages/me/index')}`);
  });

  it('opens 隐私说明更新 when a collecting action is refused for an outdated consent — once for refusals arriving together', async () => {
    const outdated = { ok: false, error: { code: 'MEMBER.CONSENT_OUTDATED', message: '隐私政策已更新，请重新阅读并同意后再提交' } };
    globalThis.fetch = jest.fn(async () => jsonResponse(400, outdated)) as unknown as typeof fetch;
    const file = { name: 'a.jpg', contentBase64: '' } as never;
    await expect(Promise.all([call('legal', 'uploadEvidence', file), call('legal', 'uploadEvidence', file)])).resolves.toEqual([outdated, outdated]);
    expect(navigateTo).toHaveBeenCalledTimes(1);
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/member/consent' });
  });

  it('leaves an outdated notice in join or renewConsent to their own page: the version sent is the problem there', async () => {
    const outdated = { ok: false, error: { code: 'MEMBER.CONSENT_OUTDATED', message: '隐私政策已更新', fields: { 'consent.version': '隐私政策已更新，请重新阅读' } } };
    globalThis.fetch = jest.fn(async () => jsonResponse(400, outdated)) as unknown as typeof fetch;
    await call('member', 'renewConsent', { consent: { version: '2020-01-01', privacy: true, sensitive: true } });
    expect(navigateTo).not.toHaveBeenCalled();
  });

  it('outside production, refuses data that breaks the action contract', async () => {
    const drifted = { ok: true, data: { member: { ...member, status: 'archived' }, staff: [], privacyVersion: '2026-11-01' } };
    globalThis.fetch = jest.fn(async () => jsonResponse(200, drifted)) as unknown as typeof fetch;
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);

    const result = await call('member', 'me', {});

    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('INTERNAL');
    expect(spy).toHaveBeenCalledWith(expect.stringContaining('member.me returned data outside its contract'), expect.anything());
    spy.mockRestore();
  });
});
