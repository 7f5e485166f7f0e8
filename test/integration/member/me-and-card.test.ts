import { createWorld, people, type World } from '../../support/world';

describe('member.me and member.card', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
  });
  afterEach(() => world.close());

  it('tells a newcomer they have not applied and hold no staff roles', async () => {
    expect(await world.call('member', 'me', {}, 'worker')).toEqual({
      ok: true,
      data: { member: null, staff: [], privacyVersion: expect.any(String), consentNeeded: false, transfer: null },
    });
  });

  it('shows an applicant their pending application, masked', async () => {
    await world.call('member', 'join', world.joinInput(7), 'worker');
    const me = await world.call('member', 'me', {}, 'worker');
    expect(me).toMatchObject({ ok: true, data: { member: { status: 'pending', idMasked: expect.stringMatching(/^530321\*{8}\d{3}[\dX]$/) } } });
  });

  it('lists a staff member\'s grants with union names', async () => {
    expect(await world.call('member', 'me', {}, 'staffHere')).toMatchObject({
      ok: true,
      data: { staff: [{ union: { id: 'g1', name: '长青站点骑手工会' }, roles: ['reviewer', 'operator'] }] },
    });
  });

  it('gives an approved member a card with member number, masked ID and a QR payload', async () => {
    const card = await world.call('member', 'card', {}, 'member');
    expect(card).toEqual({
      ok: true,
      data: {
        name: '王会员',
        idMasked: expect.stringMatching(/^530321\*{8}/),
        union: { id: 'g1', name: '长青站点骑手工会' },
        occupation: 'rider',
        memberNo: 'NX2026000001',
        joinedAt: expect.any(Number),
        qrPayload: 'nuanxin:member:NX2026000001',
      },
    });
  });

  it.each([
    ['someone who never applied', 'worker'],
    ['a pending applicant', 'pending'],
  ])('has no card for %s', async (_who, as) => {
    if (as === 'pending') await world.call('member', 'join', world.joinInput(7), 'worker');
    const card = await world.call('member', 'card', {}, people.worker);
    expect(card).toMatchObject({ ok: false, error: { code: 'MEMBER.NOT_MEMBER', message: expect.stringContaining('会员') } });
  });
});
