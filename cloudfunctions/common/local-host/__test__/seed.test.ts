import { isValidIdNumber } from '@core/rules/id-number';
import { isMobilePhone } from '@core/rules/phone';
import { privacyNoticeVersion } from '@core/privacy';
import type { Envelope } from '@core/result';
import { functionRegistry } from '../../../registry';
import { allCollections } from '../../collections';
import { Counters, memberCounterIdOf } from '../../collections/counters.collection';
import { Drives } from '../../collections/drives.collection';
import { Members } from '../../collections/members.collection';
import { Staff, staffIdOf } from '../../collections/staff.collection';
import { UniqueKeys, uniqueKeyIdOf } from '../../collections/unique-keys.collection';
import { Unions } from '../../collections/unions.collection';
import { composeInMemory, type LocalComposition } from '../../composition/local.composition';
import { fixedClock } from '../../ports/clock.port';
import { handleCall } from '../../runtime/router';
import { monthKey } from '@core/rules/time';
import { seedDemoData, seedSteps } from '../seed';
import { demoIdentities, demoOpenids } from '../seed/demo-identities';
import { demoApplicants, demoMember, demoPeople } from '../seed/demo-people';
import { demoDriveId } from '../seed/drives.seed';
import { otherUnionId, rootUnionId, secondStaffUnionId, staffUnionId } from '../seed/demo-unions';

const seededAt = Date.parse('2026-11-29T10:00:00+08:00');

describe('demo seed', () => {
  const clock = fixedClock(seededAt);
  let composition: LocalComposition;
  const call = <T = any>(fn: 'member' | 'directory' | 'drive', action: string, data: unknown, openid: string | null) =>
    handleCall(fn, functionRegistry[fn], { action, data }, openid, {
      ports: composition.ports,
      adminOpenids: composition.adminOpenids,
    }) as Promise<Envelope<T>>;
  const countAll = async () => {
    const counts: Record<string, number> = {};
    for (const collection of allCollections) counts[collection.name] = await composition.ports.store.count(collection);
    return counts;
  };

  beforeEach(async () => {
    clock.set(seededAt);
    composition = composeInMemory({ clock });
    expect(await seedDemoData(composition.ports)).toEqual(seedSteps.map((step) => step.name));
  });
  afterEach(() => composition.close());

  it('writes nothing the second time', async () => {
    const before = await countAll();
    clock.advance(60_000);
    expect(await seedDemoData(composition.ports)).toEqual([]);
    expect(await countAll()).toEqual(before);
  });

  it('does not bring back demo data a user has since removed', async () => {
    await composition.ports.store.remove(Drives, demoDriveId);
    await seedDemoData(composition.ports);
    expect(await composition.ports.store.get(Drives, demoDriveId)).toBeNull();
  });

  it('gives each demo identity its role', async () => {
    const { store } = composition.ports;
    expect(demoIdentities.map((identity) => identity.openid)).toEqual(['demo-worker', 'demo-member', 'demo-staff', 'demo-admin', 'demo-staff-2']);

    expect(await store.get(Members, demoOpenids.worker)).toBeNull();
    expect((await store.find(Staff, { where: { openid: demoOpenids.worker } })).items).toEqual([]);

    const member = await store.get(Members, demoOpenids.member);
    expect(member).toMatchObject({ status: 'approved', unionId: staffUnionId, reviewerOpenid: demoOpenids.staff });
    expect(member?.memberNo).toBe('NX2026000001');

    expect(await store.get(Staff, staffIdOf(demoOpenids.staff, staffUnionId))).toMatchObject({ roles: ['reviewer', 'operator'] });
    expect(await store.get(Staff, staffIdOf(demoOpenids.admin, rootUnionId))).toMatchObject({ roles: ['admin'], unionPath: '/root/' });
    expect(await store.get(Staff, staffIdOf(demoOpenids.staff2, secondStaffUnionId))).toMatchObject({ roles: ['reviewer'], unionName: '青山区饿了么港都站点工会' });

    const me = await call('member', 'me', {}, demoOpenids.staff);
    expect(me.ok && me.data.staff).toEqual([{ union: { id: staffUnionId, name: '青山区美团外卖长青站点工会' }, roles: ['reviewer', 'operator'] }]);
    const card = await call('member', 'card', {}, demoOpenids.member);
    expect(card).toMatchObject({ ok: true, data: { name: demoMember.name, memberNo: 'NX2026000001' } });
    expect((await call('member', 'card', {}, demoOpenids.worker)).ok).toBe(false);
  });

  it('builds a union tree whose grassroots unions workers can find', async () => {
    const root = await composition.ports.store.get(Unions, rootUnionId);
    expect(root).toMatchObject({ name: '青山区总工会', level: 'district', parentId: null, path: '/root/' });
    const unions = await call<{ items: Array<{ id: string }> }>('directory', 'unions', {}, demoOpenids.worker);
    expect(unions.ok && unions.data.items.length).toBeGreaterThanOrEqual(6);
    expect(unions.ok && unions.data.items.map((union) => union.id)).toContain(staffUnionId);
    expect(unions.ok && unions.data.items.map((union) => union.id)).not.toContain(rootUnionId);
  });

  it("shows demo-staff their union's queue, oldest first, and not the other union's application", async () => {
    const queue = await call<{ items: Array<{ id: string; daysWaiting: number; idMasked: string }> }>('member', 'applications', {}, demoOpenids.staff);
    if (!queue.ok) throw new Error(queue.error.code);
    expect(queue.data.items.map((item) => item.daysWaiting)).toEqual([6, 3, 1]);
    expect(queue.data.items.map((item) => item.id)).not.toContain('demo-applicant-other');
    expect(queue.data.items.every((item) => /^\d{6}\*{8}[\dX]{4}$/.test(item.idMasked))).toBe(true);

    const all = await call<{ items: Array<{ id: string }> }>('member', 'applications', {}, demoOpenids.admin);
    expect(all.ok && all.data.items).toHaveLength(4);
    const other = await composition.ports.store.get(Members, 'demo-applicant-other');
    expect(other?.unionId).toBe(otherUnionId);
  });

  it('keeps the member-number sequence and the monthly counter consistent with the review action', async () => {
    const { store } = composition.ports;
    const joinedMonth = monthKey(seededAt - demoMember.approvedDaysAgo! * 24 * 3600_000);
    expect(await store.get(Counters, memberCounterIdOf(staffUnionId, 'rider', joinedMonth))).toMatchObject({ approved: 1, kind: 'members' });
    expect(await store.get(Counters, 'seq:memberNo')).toMatchObject({ value: 1 });

    const approved = await call('member', 'review', { memberId: 'demo-applicant-1', decision: 'approve' }, demoOpenids.staff);
    expect(approved).toMatchObject({ ok: true, data: { memberNo: 'NX2026000002' } });
  });

  it('stores the ID numbers and phones the way join does: checked, hashed, sealed, masked', async () => {
    const { store, pii } = composition.ports;
    for (const person of demoPeople) {
      expect(isValidIdNumber(person.idNumber)).toBe(true);
      expect(isMobilePhone(person.phone)).toBe(true);
      const doc = await store.get(Members, person.openid);
      expect(doc?.consent.version).toBe(privacyNoticeVersion);
      expect(pii.decrypt(doc!.idCipher)).toBe(person.idNumber);
      expect(pii.decrypt(doc!.phoneCipher)).toBe(person.phone);
      expect(JSON.stringify(doc)).not.toContain(person.idNumber);
      expect(JSON.stringify(doc)).not.toContain(person.phone);
      expect(await store.get(UniqueKeys, uniqueKeyIdOf('idNumber', pii.hash('idNumber', person.idNumber)))).toMatchObject({ owner: person.openid });
    }
  });

  it('makes a seeded ID number or phone a duplicate for anyone else joining', async () => {
    const input = {
      name: '王小勇',
      idNumber: demoApplicants[0].idNumber,
      phone: '13700001111',
      occupation: 'rider',
      workArea: '青山区长青街道',
      unionId: staffUnionId,
      consent: { version: privacyNoticeVersion, privacy: true, sensitive: true },
    };
    expect(await call('member', 'join', input, demoOpenids.worker)).toMatchObject({ ok: false, error: { code: 'MEMBER.ID_NUMBER_TAKEN' } });
    const phoneTaken = await call('member', 'join', { ...input, idNumber: '11010519491231002X', phone: demoMember.phone }, demoOpenids.worker);
    expect(phoneTaken).toMatchObject({ ok: false, error: { code: 'MEMBER.PHONE_TAKEN' } });
  });

  it('has an upcoming drive by demo-staff’s union that a worker can join through', async () => {
    const entry = await call<{ startsAt: number; union: { id: string } }>('drive', 'entry', { driveId: demoDriveId }, demoOpenids.worker);
    if (!entry.ok) throw new Error(entry.error.code);
    expect(entry.data.union.id).toBe(staffUnionId);
    expect(entry.data.startsAt).toBeGreaterThan(seededAt);
    expect(entry.data.startsAt - seededAt).toBeLessThan(7 * 24 * 3600_000);
  });
});
