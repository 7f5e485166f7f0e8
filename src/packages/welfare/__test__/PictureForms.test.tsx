import { waitFor } from '@testing-library/react';
import { installFakeApi } from '../../../../test/support/fake-api';
import { renderPage, tap, typeInto } from '../../../../test/support/page-actions';
import { chooseImage, taroTest } from '../../../../test/support/taro';
import CampaignFormPage from '../staff/campaign-form';
import StationFormPage from '../staff/station-form';
import { adminView, ok, station } from './fixtures';
import { base64Of, gifFile, pngFile } from './picture-files';

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

  it('refuses a picture over 300KB on the phone, in words, and sends none', async () => {
    const api = installFakeApi({
      'member.me': meAsAdmin,
      'directory.stations': ok({ items: [station()], nextCursor: null }),
      'welfare.createCampaign': ok(adminView({ id: 'cp_new' })),
    });
    const { container } = await renderPage(<CampaignFormPage />, {});
    await fillNewCampaign(container);
    await choosePicture(container, '#nx-field-picture .nx-picture-add', pngFile('大图.png', 300 * 1024 + 1));
    expect(container.querySelector('.nx-picture-problem')?.textContent).toBe('图片太大了，请选择小于300KB的图片');
    expect(container.querySelector('#nx-field-picture img')).toBeNull();

    await tap(container.querySelector('.nx-form-submit'));
    expect(api.callsTo('welfare.createCampaign')[0].data).not.toHaveProperty('picture');
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
    expect(container.querySelector('.nx-picture-remove')).toBeNull();

    await choosePicture(container, '.nx-picture-change', pngFile('新图.png', 2000));
    expect(shown()).toBe('blob:test/新图.png');
    await tap(container.querySelector('.nx-picture-remove'));
    expect(shown()).toBe('/files/campaigns/cp_1.jpg');

    await tap(container.querySelector('.nx-form-submit'));
    const [sent] = api.callsTo('welfare.updateCampaign');
    expect(sent.data).toMatchObject({ campaignId: 'cp_1', title: '夏日送清凉' });
    expect(sent.data).not.toHaveProperty('picture');
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
});
