import type { DriveDetail, DriveEntry } from '@core/contracts/drive.contract';
import type { MemberSelfView } from '@core/contracts/member.contract';
import { validDrive } from '../../support/action-cases/drive.cases';
import { expectOk, withCampaign } from '../../support/welfare-world';
import { createWorld, people, type World } from '../../support/world';

// drive.create draws a QR code PNG, slow under jest on a busy machine.
jest.setTimeout(20_000);

describe('入会送礼包: the drive entry view names the linked campaign', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
  });
  afterEach(() => world.close());

  const driveWithGift = async () => {
    const campaignId = await withCampaign(world);
    const drive = expectOk(await world.call<DriveDetail>('drive', 'create', { ...validDrive(world), welfareCampaignId: campaignId }, 'staffHere'));
    return { campaignId, driveId: drive.id, created: drive };
  };

  it('offers the linked campaign by title to a worker who scanned the code, and names it to staff', async () => {
    const { campaignId, driveId, created } = await driveWithGift();
    expect(created.giftCampaign).toEqual({ id: campaignId, title: '夏日送清凉' });

    const entry = expectOk(await world.call<DriveEntry>('drive', 'entry', { driveId }, people.worker));
    expect(entry.giftCampaign).toEqual({ id: campaignId, title: '夏日送清凉' });
    const detail = expectOk(await world.call<DriveDetail>('drive', 'detail', { driveId }, 'staffHere'));
    expect(detail).toMatchObject({ welfareCampaignId: campaignId, giftCampaign: { id: campaignId, title: '夏日送清凉' } });
  });

  it('offers nothing for a drive without a campaign', async () => {
    const entry = expectOk(await world.call<DriveEntry>('drive', 'entry', { driveId: 'drive-1' }, people.worker));
    expect(entry.giftCampaign).toBeNull();
  });

  it('stops promising the pack once the campaign is closed or its claiming is over, while staff still see the link', async () => {
    const { campaignId, driveId } = await driveWithGift();
    world.clock.set(world.clock.now() + 8 * 24 * 3_600_000);
    expect(expectOk(await world.call<DriveEntry>('drive', 'entry', { driveId }, people.worker)).giftCampaign).toBeNull();

    const second = await driveWithGift();
    expectOk(await world.call('welfare', 'setCampaignStatus', { campaignId: second.campaignId, status: 'closed' }, people.admin));
    expect(expectOk(await world.call<DriveEntry>('drive', 'entry', { driveId: second.driveId }, people.worker)).giftCampaign).toBeNull();
    const detail = expectOk(await world.call<DriveDetail>('drive', 'detail', { driveId }, 'staffHere'));
    expect(detail.giftCampaign).toEqual({ id: campaignId, title: '夏日送清凉' });
  });

  it('tells the worker which drive their application came from, so the status page can find its gift', async () => {
    const { driveId } = await driveWithGift();
    expectOk(await world.call('member', 'join', world.joinInput(70, 'g1', { driveId }), 'drive-joiner'));
    const me = expectOk(await world.call<{ member: MemberSelfView }>('member', 'me', {}, 'drive-joiner'));
    expect(me.member.driveId).toBe(driveId);
    const plain = expectOk(await world.call<{ member: MemberSelfView }>('member', 'me', {}, people.member));
    expect(plain.member.driveId).toBeNull();
  });
});
