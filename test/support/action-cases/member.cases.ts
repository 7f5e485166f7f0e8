import { privacyNoticeVersion } from '@core/privacy';
import { testPhone } from '../id-numbers';
import { people, type World } from '../world';
import { everyone, type ActionCase } from './define';

/** A pending application in g1 (staffHere's union), made by a third person. */
const pendingInUnionHere = async (world: World) => {
  const applied = await world.call('member', 'join', world.joinInput(40, 'g1'), 'applicant-here');
  if (!applied.ok) throw new Error(JSON.stringify(applied.error));
  return 'applicant-here';
};

const expectOk = <T>(result: { ok: boolean; data?: unknown; error?: unknown }, what: string): T => {
  if (!result.ok) throw new Error(`${what}: ${JSON.stringify(result.error)}`);
  return result.data as T;
};

/** The world's member (in g1) asks to move to g1b. */
const transferRequestedByMember = async (world: World) =>
  expectOk<{ id: string }>(await world.call('member', 'requestTransfer', { toUnionId: 'g1b' }, 'member'), 'requestTransfer').id;

/** A member of g2 (staffElsewhere's union) asks to move into g1 (staffHere's). */
const transferIntoUnionHere = async (world: World) => {
  expectOk(await world.call('member', 'join', world.joinInput(41, 'g2', { occupation: 'trucker' }), 'mover'), 'join');
  expectOk(await world.call('member', 'review', { memberId: 'mover', decision: 'approve' }, 'staffElsewhere'), 'review');
  return expectOk<{ id: string }>(await world.call('member', 'requestTransfer', { toUnionId: 'g1' }, 'mover'), 'requestTransfer').id;
};

/** Someone reports that the world member's phone (held in g1) is really theirs. */
const conflictAboutMemberHere = async (world: World) =>
  expectOk<{ id: string }>(
    await world.call('member', 'reportPhoneConflict', conflictReport('王真主'), 'phone-claimant'),
    'reportPhoneConflict',
  ).id;

const conflictReport = (name: string) => ({
  name,
  phone: testPhone(1),
  note: '这个号码我用了三年',
  consent: { version: privacyNoticeVersion, privacy: true },
});

const serialOf = { worker: 50, member: 51, staffHere: 52, staffElsewhere: 53, admin: 54, anonymous: 55 } as const;
const staffOnly = everyone('denied', { staffHere: 'ok', staffElsewhere: 'ok', admin: 'ok' });

export const memberCases: ActionCase[] = [
  {
    fn: 'member',
    action: 'join',
    input: (world, role) => world.joinInput(serialOf[role], 'g1'),
    expect: everyone('ok', { member: 'MEMBER.ALREADY_JOINED' }),
  },
  { fn: 'member', action: 'me', input: () => ({}), expect: everyone('ok') },
  { fn: 'member', action: 'card', input: () => ({}), expect: everyone('denied', { member: 'ok' }) },
  { fn: 'member', action: 'applications', input: () => ({}), expect: staffOnly },
  {
    fn: 'member',
    action: 'review',
    input: async (world) => ({ memberId: await pendingInUnionHere(world), decision: 'approve' }),
    expect: everyone('denied', { staffHere: 'ok', admin: 'ok' }),
  },
  { fn: 'member', action: 'withdraw', input: () => ({ reason: '换了工作' }), expect: everyone('denied', { member: 'ok' }) },
  {
    fn: 'member',
    action: 'renewConsent',
    input: () => ({ consent: { version: privacyNoticeVersion, privacy: true, sensitive: true } }),
    expect: everyone('ok'),
  },
  { fn: 'member', action: 'requestTransfer', input: () => ({ toUnionId: 'g1b' }), expect: everyone('denied', { member: 'ok' }) },
  {
    fn: 'member',
    action: 'cancelTransfer',
    input: async (world) => ({ transferId: await transferRequestedByMember(world) }),
    expect: everyone('denied', { member: 'ok' }),
  },
  { fn: 'member', action: 'transfers', input: () => ({}), expect: staffOnly },
  {
    fn: 'member',
    action: 'decideTransfer',
    input: async (world) => ({ transferId: await transferIntoUnionHere(world), decision: 'accept' }),
    expect: everyone('denied', { staffHere: 'ok', admin: 'ok' }),
  },
  {
    fn: 'member',
    action: 'findMember',
    input: () => ({ memberNo: 'NX2026000001' }),
    // A member number outside the caller's unions reads as not found.
    expect: everyone('denied', { staffHere: 'ok', staffElsewhere: 'MEMBER.NOT_FOUND', admin: 'ok' }),
  },
  {
    fn: 'member',
    action: 'transfer',
    // g1 → g1b: only the district admin covers both (staffHere serves g1 alone).
    input: () => ({ memberId: people.member, toUnionId: 'g1b', reason: '站点合并' }),
    expect: everyone('denied', { admin: 'ok' }),
  },
  {
    fn: 'member',
    action: 'changePhone',
    input: (_world, role) => ({ phone: testPhone(900 + serialOf[role]) }),
    expect: everyone('denied', { member: 'ok' }),
  },
  {
    fn: 'member',
    action: 'reportPhoneConflict',
    input: () => conflictReport('张申请'),
    // Nobody else holds the member's own number, from where the member stands.
    expect: everyone('ok', { member: 'MEMBER.PHONE_NOT_TAKEN' }),
  },
  { fn: 'member', action: 'phoneConflicts', input: () => ({}), expect: staffOnly },
  {
    fn: 'member',
    action: 'resolvePhoneConflict',
    input: async (world) => ({ conflictId: await conflictAboutMemberHere(world), decision: 'keep', reason: '已电话核实，号码仍归会员' }),
    expect: everyone('denied', { staffHere: 'ok', admin: 'ok' }),
  },
  { fn: 'member', action: 'timeline', input: () => ({}), expect: everyone('ok') },
  { fn: 'member', action: 'exportMine', input: () => ({}), expect: everyone('ok') },
  { fn: 'member', action: 'deletionPreview', input: () => ({}), expect: everyone('ok') },
  {
    fn: 'member',
    action: 'deleteMine',
    input: () => ({ confirm: '删除我的全部信息' }),
    // Staff records are the union's: staff are refused until their grants are revoked.
    expect: everyone('ok', { staffHere: 'MEMBER.STAFF_CANNOT_ERASE', staffElsewhere: 'MEMBER.STAFF_CANNOT_ERASE', admin: 'MEMBER.STAFF_CANNOT_ERASE' }),
  },
];
