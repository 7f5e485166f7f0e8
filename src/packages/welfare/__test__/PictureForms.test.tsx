import { waitFor } from '@testing-library/react';
import { installFakeApi } from '../../../../test/support/fake-api';
import { renderPage, tap, typeInto } from '../../../../test/support/page-actions';
import { chooseImage, compressImage, getImageInfo, taroTest } from '../../../../test/support/taro';
import CampaignFormPage from '../staff/campaign-form';
import StationFormPage from '../staff/station-form';
import { adminView, ok, station } from './fixtures';
import { base64Of, fakeCanvas, gifFile, jpegBase64, pngFile } from './picture-files';

/** Taps the picker's tile or 换一张 with `file` as the person's choice (null: a file the browser could not open), until it is read. */
const choosePicture = async (container: HTMLElement, selector: string, file: File | null) => {
  taroTest.chooseImageAnswers(file);
  await tap(container.querySelector(selector));
  await waitFor(() => expect(container.querySelector('.nx-picture-picker')?.textContent).not.toContain('正在读取'));
};

const meAsAdmin = ok({ member: null, staff: [{ union: { id: 'root', name: '青山区总工会' }, roles: ['admin'] }], privacyVersion: '2026-11-01' });

/** A new campaign with everything the schema needs, so only the picture decides what is sent. */
const fillNewCampaign = async (container: HTMLElement) => {
  await typeInto(container.querySelector('.nx-form-title input'), '冬日送温暖');
  await tap(container.querySelector('#nx-form-station-st_a'));
  await typeInto(container.querySelector('.nx-form-total input'), '120');
};

describe('pictures on the campaign and station forms', () => {
  beforeEach(() => taroTest.reset());

  it('sends the chosen picture with a new campaign, and shows it before sending', async () => {
    const api = installFakeApi({
      'member.me': meAsAdmin,
      'directory.stations': ok({ items: [station()], nextCursor: null }),
      'welfare.createCampaign': ok(adminView({ id: 'cp_new' })),
    });
    const { container } = await renderPage(<CampaignFormPage />, {});
    await fillNewCampaign(container);
    const picture = pngFile('凉茶.png', 2000);
    await choosePicture(container, '#nx-field-picture .nx-picture-add', picture);
    expect(chooseImage).toHaveBeenCalledWith({ count: 1, sizeType: ['compressed'], sourceType: ['album', 'camera'] });
    expect(container.querySelector('#nx-field-picture img')?.getAttribute('src')).toBe('blob:test/凉茶.png');

    await tap(container.querySelector('.nx-form-submit'));
    const [sent] = api.callsTo('welfare.createCampaign');
    expect(sent.data.picture).toEqual({ contentType: 'image/png', base64: base64Of(picture) });
  });

  it('shrinks a big photo in the browser (1200px on the long side, JPEG at 0.8) and sends the smaller one', async () => {
    const canvas = fakeCanvas({ width: 4000, height: 3000 }, () => 180 * 1024);
    try {
      const api = installFakeApi({
        'member.me': meAsAdmin,
        'directory.stations': ok({ items: [station()], nextCursor: null }),
        'welfare.createCampaign': ok(adminView({ id: 'cp_new' })),
      });
      const { container } = await renderPage(<CampaignFormPage />, {});
      await fillNewCampaign(container);
      const hints = Array.from(container.querySelectorAll('#nx-field-picture .nx-picture-add__hint'), (hint) => hint.textContent);
      expect(hints).toEqual(['JPG、PNG 或 WebP', '过大的照片会自动压缩']);
      await choosePicture(container, '#nx-field-picture .nx-picture-add', pngFile('手机照片.png', 3 * 1024 * 1024));
      expect(container.querySelector('.nx-picture-problem')).toBeNull();
      expect(canvas.asked).toEqual([{ quality: 0.8, type: 'image/jpeg', width: 1200, height: 900 }]);
      expect(canvas.drawn).toEqual([{ width: 1200, height: 900 }]);
      expect(container.querySelector('#nx-field-picture img')?.getAttribute('src')).toBe('blob:test/shrunk.jpg');

      await tap(container.querySelector('.nx-form-submit'));
      const [sent] = api.callsTo('welfare.createCampaign');
      expect(sent.data.picture).toEqual({ contentType: 'image/jpeg', base64: jpegBase64(180 * 1024) });
    } finally {
      canvas.restore();
    }
  });

  it('tries the browser’s JPEG once more at 0.6, then refuses a picture that stays over 300KB, and sends none', async () => {
    const canvas = fakeCanvas({ width: 2000, height: 3000 }, () => 400 * 1024);
    try {
      const api = installFakeApi({
        'member.me': meAsAdmin,
        'directory.stations': ok({ items: [station()], nextCursor: null }),
        'welfare.createCampaign': ok(adminView({ id: 'cp_new' })),
      });
      const { container } = await renderPage(<CampaignFormPage />, {});
      await fillNewCampaign(container);
      await choosePicture(container, '#nx-field-picture .nx-picture-add', pngFile('大图.png', 300 * 1024 + 1));
      expect(canvas.asked.map(({ quality, width, height }) => [quality, width, height])).toEqual([
        [0.8, 800, 1200],
        [0.6, 800, 1200],
      ]);
      expect(container.querySelector('.nx-picture-problem')?.textContent).toBe('图片太大了，请选择小于300KB的图片');
      expect(container.querySelector('#nx-field-picture img')).toBeNull();

      await tap(container.querySelector('.nx-form-submit'));
      expect(api.callsTo('welfare.createCampaign')[0].data).not.toHaveProperty('picture');
    } finally {
      canvas.restore();
    }
  });

  it('sends a PNG already under 300KB as it is, without drawing it again', async () => {
    const canvas = fakeCanvas({ width: 600, height: 250 }, () => 1000);
    try {
      const api = installFakeApi({ 'member.me': meAsAdmin, 'directory.upsertStation': ok(station()) , 'directory.stations': ok({ items: [station()], nextCursor: null }) });
      const { container } = await renderPage(<StationFormPage />, { id: 'st_a' });
      const photo = pngFile('招牌.png', 300 * 1024);
      await choosePicture(container, '#nx-field-photo .nx-picture-add', photo);
      expect(canvas.asked).toEqual([]);
      await tap(container.querySelector('.nx-station-submit'));
      expect(api.callsTo('directory.upsertStation')[0].data).toMatchObject({ photo: { contentType: 'image/png', base64: base64Of(photo) } });
    } finally {
      canvas.restore();
    }
  });

  it('refuses a picture that is not JPG, PNG or WebP, or that the browser could not open', async () => {
    const api = installFakeApi({ 'member.me': meAsAdmin, 'directory.upsertStation': ok(station({ id: 'st_new' })) });
    const { container } = await renderPage(<StationFormPage />, {});
    await choosePicture(container, '#nx-field-photo .nx-picture-add', gifFile('动图.gif'));
    expect(container.querySelector('.nx-picture-problem')?.textContent).toBe('请选择 JPG、PNG 或 WebP 图片');
    await choosePicture(container, '#nx-field-photo .nx-picture-add', null);
    expect(container.querySelector('.nx-picture-problem')?.textContent).toBe('请选择 JPG、PNG 或 WebP 图片');
    expect(container.querySelector('#nx-field-photo img')).toBeNull();
    expect(api.callsTo('directory.upsertStation')).toHaveLength(0);
  });

  it('sends a new station’s photo as `photo`', async () => {
    const api = installFakeApi({ 'member.me': meAsAdmin, 'directory.upsertStation': ok(station({ id: 'st_new' })) });
    const { container } = await renderPage(<StationFormPage />, {});
    await typeInto(container.querySelector('.nx-station-name input'), '长青路骑手驿站');
    await typeInto(container.querySelector('.nx-station-address input'), '青山区长青路128号一楼');
    await typeInto(container.querySelector('.nx-station-lat input'), '30.64021');
    await typeInto(container.querySelector('.nx-station-lng input'), '114.38972');
    const photo = pngFile('门口.png', 4096);
    await choosePicture(container, '#nx-field-photo .nx-picture-add', photo);
    await tap(container.querySelector('.nx-station-submit'));
    const [sent] = api.callsTo('directory.upsertStation');
    expect(sent.data).toMatchObject({ name: '长青路骑手驿站', photo: { contentType: 'image/png', base64: base64Of(photo) } });
  });

  it('keeps a campaign’s saved picture when the edit chooses none (移除 takes back a new choice)', async () => {
    const api = installFakeApi({
      'member.me': meAsAdmin,
      'welfare.campaignStats': ok(adminView({ pictureUrl: '/files/campaigns/cp_1.jpg' })),
      'welfare.updateCampaign': ok(adminView()),
    });
    const { container } = await renderPage(<CampaignFormPage />, { id: 'cp_1' });
    const shown = () => container.querySelector('#nx-field-picture img')?.getAttribute('src');
    expect(shown()).toBe('/files/campaigns/cp_1.jpg');

    await choosePicture(container, '.nx-picture-change', pngFile('新图.png', 2000));
    expect(shown()).toBe('blob:test/新图.png');
    await tap(container.querySelector('.nx-picture-remove'));
    expect(shown()).toBe('/files/campaigns/cp_1.jpg');

    await tap(container.querySelector('.nx-form-submit'));
    const [sent] = api.callsTo('welfare.updateCampaign');
    expect(sent.data).toMatchObject({ campaignId: 'cp_1', title: '夏日送清凉' });
    expect(sent.data).not.toHaveProperty('picture');
  });

  it('takes a campaign’s saved picture away with 移除 (sent as null), and 撤销 keeps it', async () => {
    const api = installFakeApi({
      'member.me': meAsAdmin,
      'welfare.campaignStats': ok(adminView({ pictureUrl: '/files/campaigns/cp_1.jpg' })),
      'welfare.updateCampaign': ok(adminView()),
    });
    const { container } = await renderPage(<CampaignFormPage />, { id: 'cp_1' });
    const shown = () => container.querySelector('#nx-field-picture img')?.getAttribute('src') ?? null;

    await tap(container.querySelector('.nx-picture-remove'));
    expect(shown()).toBeNull();
    expect(container.querySelector('#nx-field-picture')?.textContent).toContain('保存后不再显示现在的图片');
    await tap(container.querySelector('.nx-picture-undo'));
    expect(shown()).toBe('/files/campaigns/cp_1.jpg');
    await tap(container.querySelector('.nx-form-submit'));
    expect(api.callsTo('welfare.updateCampaign')[0].data).not.toHaveProperty('picture');

    await tap(container.querySelector('.nx-picture-remove'));
    await tap(container.querySelector('.nx-form-submit'));
    expect(api.callsTo('welfare.updateCampaign')[1].data).toMatchObject({ campaignId: 'cp_1', picture: null });
  });

  it('takes a station’s saved photo away with 移除, sent as null', async () => {
    const api = installFakeApi({
      'member.me': meAsAdmin,
      'directory.stations': ok({ items: [station({ photoUrl: '/files/stations/st_a.jpg' })], nextCursor: null }),
      'directory.upsertStation': ok(station()),
    });
    const { container } = await renderPage(<StationFormPage />, { id: 'st_a' });
    await tap(container.querySelector('#nx-field-photo .nx-picture-remove'));
    expect(container.querySelector('#nx-field-photo img')).toBeNull();
    await tap(container.querySelector('.nx-station-submit'));
    expect(api.callsTo('directory.upsertStation')[0].data).toMatchObject({ id: 'st_a', photo: null });
  });

  it('keeps a station’s saved photo when the edit chooses none, and sends a new one when chosen', async () => {
    const api = installFakeApi({
      'member.me': meAsAdmin,
      'directory.stations': ok({ items: [station({ photoUrl: '/files/stations/st_a.jpg' })], nextCursor: null }),
      'directory.upsertStation': ok(station()),
    });
    const { container } = await renderPage(<StationFormPage />, { id: 'st_a' });
    expect(container.querySelector('#nx-field-photo img')?.getAttribute('src')).toBe('/files/stations/st_a.jpg');
    await tap(container.querySelector('.nx-station-submit'));
    expect(api.callsTo('directory.upsertStation')[0].data).toMatchObject({ id: 'st_a' });
    expect(api.callsTo('directory.upsertStation')[0].data).not.toHaveProperty('photo');

    const photo = pngFile('新门口.png', 3000);
    await choosePicture(container, '.nx-picture-change', photo);
    await tap(container.querySelector('.nx-station-submit'));
    expect(api.callsTo('directory.upsertStation')[1].data).toMatchObject({ id: 'st_a', photo: { contentType: 'image/png', base64: base64Of(photo) } });
  });

  describe('in WeChat', () => {
    const taroEnv = process.env.TARO_ENV;
    beforeEach(() => {
      process.env.TARO_ENV = 'weapp';
    });
    afterEach(() => {
      process.env.TARO_ENV = taroEnv;
    });

    const newStation = async () => {
      const api = installFakeApi({ 'member.me': meAsAdmin, 'directory.upsertStation': ok(station({ id: 'st_new' })) });
      const { container } = await renderPage(<StationFormPage />, {});
      await typeInto(container.querySelector('.nx-station-name input'), '长青路骑手驿站');
      await typeInto(container.querySelector('.nx-station-address input'), '青山区长青路128号一楼');
      await typeInto(container.querySelector('.nx-station-lat input'), '30.64021');
      await typeInto(container.querySelector('.nx-station-lng input'), '114.38972');
      return { api, container };
    };
    const chooseInWeapp = async (container: HTMLElement, path: string, base64: string) => {
      taroTest.chooseWeappImageAnswers(path, base64);
      await tap(container.querySelector('#nx-field-photo .nx-picture-add'));
      await waitFor(() => expect(container.querySelector('.nx-picture-picker')?.textContent).not.toContain('正在读取'));
    };

    it('compresses a big photo with compressImage (quality 80, 1200px wide) and sends the compressed one', async () => {
      const { api, container } = await newStation();
      taroTest.compressImageMakes(() => jpegBase64(200 * 1024));
      await chooseInWeapp(container, 'wxfile://tmp/photo.jpg', jpegBase64(3 * 1024 * 1024));
      expect(getImageInfo).toHaveBeenCalledWith({ src: 'wxfile://tmp/photo.jpg' });
      expect(compressImage.mock.calls.map(([options]) => options)).toEqual([{ src: 'wxfile://tmp/photo.jpg', quality: 80, compressedWidth: 1200 }]);
      expect(container.querySelector('#nx-field-photo img')?.getAttribute('src')).toBe('wxfile://tmp/compressed-q80.jpg');

      await tap(container.querySelector('.nx-station-submit'));
      expect(api.callsTo('directory.upsertStation')[0].data).toMatchObject({ photo: { contentType: 'image/jpeg', base64: jpegBase64(200 * 1024) } });
    });

    it('keeps the long side at 1200px for a photo taken upright (stored on its side)', async () => {
      const { container } = await newStation();
      getImageInfo.mockResolvedValueOnce({ width: 4000, height: 3000, orientation: 'right', type: 'jpg', path: 'wxfile://tmp/upright.jpg', errMsg: 'getImageInfo:ok' });
      taroTest.compressImageMakes(() => jpegBase64(200 * 1024));
      await chooseInWeapp(container, 'wxfile://tmp/upright.jpg', jpegBase64(3 * 1024 * 1024));
      expect(compressImage.mock.calls.map(([options]) => options)).toEqual([{ src: 'wxfile://tmp/upright.jpg', quality: 80, compressedWidth: 900 }]);
    });

    it('tries once more at quality 60, and without compressedWidth when the size cannot be read', async () => {
      const { api, container } = await newStation();
      getImageInfo.mockRejectedValueOnce({ errMsg: 'getImageInfo:fail' });
      taroTest.compressImageMakes((quality) => jpegBase64(quality === 80 ? 350 * 1024 : 250 * 1024));
      await chooseInWeapp(container, 'wxfile://tmp/photo.jpg', jpegBase64(2 * 1024 * 1024));
      expect(compressImage.mock.calls.map(([options]) => options)).toEqual([
        { src: 'wxfile://tmp/photo.jpg', quality: 80 },
        { src: 'wxfile://tmp/photo.jpg', quality: 60 },
      ]);
      await tap(container.querySelector('.nx-station-submit'));
      expect(api.callsTo('directory.upsertStation')[0].data).toMatchObject({ photo: { contentType: 'image/jpeg', base64: jpegBase64(250 * 1024) } });
    });

    it('refuses a photo that stays over 300KB (or that WeChat cannot compress), and sends none', async () => {
      const { api, container } = await newStation();
      taroTest.compressImageMakes(() => jpegBase64(301 * 1024));
      await chooseInWeapp(container, 'wxfile://tmp/huge.jpg', jpegBase64(5 * 1024 * 1024));
      expect(compressImage).toHaveBeenCalledTimes(2);
      expect(container.querySelector('.nx-picture-problem')?.textContent).toBe('图片太大了，请选择小于300KB的图片');
      expect(container.querySelector('#nx-field-photo img')).toBeNull();

      compressImage.mockRejectedValueOnce({ errMsg: 'compressImage:fail' });
      await chooseInWeapp(container, 'wxfile://tmp/huge2.jpg', jpegBase64(5 * 1024 * 1024));
      expect(container.querySelector('.nx-picture-problem')?.textContent).toBe('图片太大了，请选择小于300KB的图片');

      await tap(container.querySelector('.nx-station-submit'));
      expect(api.callsTo('directory.upsertStation')[0].data).not.toHaveProperty('photo');
    });

    it('sends a small PNG as it is, without compressing it', async () => {
      const { api, container } = await newStation();
      const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(5000, 3)]).toString('base64');
      await chooseInWeapp(container, 'wxfile://tmp/sign.png', png);
      expect(compressImage).not.toHaveBeenCalled();
      expect(container.querySelector('#nx-field-photo img')?.getAttribute('src')).toBe('wxfile://tmp/sign.png');
      await tap(container.querySelector('.nx-station-submit'));
      expect(api.callsTo('directory.upsertStation')[0].data).toMatchObject({ photo: { contentType: 'image/png', base64: png } });
    });
  });
});
