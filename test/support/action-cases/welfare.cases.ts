import type { World } from '../world';
import { campaignInput, claim, expectOk, seedStations, stationIds, withCampaign } from '../welfare-world';
import { everyone, type ActionCase } from './define';

/** Staff and admins of the world are not members: a campaign open to riders lets every role claim. */
const openToRiders = { membersOnly: false, occupations: ['rider' as const] };

/** A voucher of the world's member at g1's station, for the 核销 actions. */
const memberVoucherCode = async (world: World) => {
  const campaignId = await withCampaign(world);
  return expectOk(await claim(world, 'member', campaignId)).code;
};

const adminOnly = everyone('denied', { admin: 'ok' });
const stationStaff = everyone('denied', { staffHere: 'ok', admin: 'ok' });

export const welfareCases: ActionCase[] = [
  { fn: 'welfare', action: 'campaigns', input: () => ({}), expect: everyone('ok') },
  {
    fn: 'welfare',
    action: 'claim',
    input: async (world) => ({ campaignId: await withCampaign(world, openToRiders), stationId: stationIds.g1, occupation: 'rider' }),
    expect: everyone('ok'),
  },
  {
    fn: 'welfare',
    action: 'joinWaitlist',
    input: async (world) => {
      const campaignId = await withCampaign(world, { ...openToRiders, totalStock: 1 });
      expectOk(await claim(world, 'first-in', campaignId, stationIds.g1, { occupation: 'rider' }));
      return { campaignId, stationId: stationIds.g1, occupation: 'rider' };
    },
    expect: everyone('ok'),
  },
  { fn: 'welfare', action: 'myClaims', input: () => ({}), expect: everyone('ok') },
  {
    fn: 'welfare',
    action: 'cancelClaim',
    input: async (world, role) => {
      const campaignId = await withCampaign(world, openToRiders);
      if (role === 'anonymous') return { voucherId: `${campaignId}_nobody` };
      return { voucherId: expectOk(await claim(world, role, campaignId, stationIds.g1, { occupation: 'rider' })).id };
    },
    expect: everyone('ok'),
  },
  {
    fn: 'welfare',
    action: 'createCampaign',
    input: async (world) => {
      await seedStations(world);
      return campaignInput(world);
    },
    expect: adminOnly,
  },
  {
    fn: 'welfare',
    action: 'updateCampaign',
    input: async (world) => ({ campaignId: await withCampaign(world), title: '夏日送清凉（第二批）' }),
    expect: adminOnly,
  },
  {
    fn: 'welfare',
    action: 'topUpCampaign',
    input: async (world) => ({ campaignId: await withCampaign(world), amount: 20 }),
    expect: adminOnly,
  },
  {
    fn: 'welfare',
    action: 'setCampaignStatus',
    input: async (world) => ({ campaignId: await withCampaign(world), status: 'paused' }),
    expect: adminOnly,
  },
  {
    fn: 'welfare',
    action: 'managedCampaigns',
    input: () => ({}),
    expect: everyone('denied', { staffHere: 'ok', staffElsewhere: 'ok', admin: 'ok' }),
  },
  {
    fn: 'welfare',
    action: 'campaignStats',
    input: async (world) => ({ campaignId: await withCampaign(world) }),
    expect: stationStaff,
  },
  { fn: 'welfare', action: 'lookupVoucher', input: async (world) => ({ code: await memberVoucherCode(world) }), expect: stationStaff },
  {
    fn: 'welfare',
    action: 'redeem',
    input: async (world) => ({ code: await memberVoucherCode(world), stationId: stationIds.g1 }),
    expect: stationStaff,
  },
];
