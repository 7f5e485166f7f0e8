import { privacyNoticeVersion } from '@core/privacy';
import { monthKey } from '@core/rules/time';
import { Audit } from '../../collections/audit.collection';
import { Members, type MemberDoc } from '../../collections/members.collection';
import { UniqueKeys } from '../../collections/unique-keys.collection';
import type { DocumentOps } from '../../ports/store.port';
import { countMember } from '../../../member/member-counters';
import { takeMemberNumber } from '../../../member/member-number';
import { sealPersonalData } from '../../../member/personal-data';
import { demoOpenids } from './demo-identities';
import { demoPeople, type DemoPerson } from './demo-people';
import { demoUnionById, demoUnionPathOf } from './demo-unions';
import { dayMs, type SeedContext, type SeedStep } from './seed-step';

/**
 * What `member.join` and `member.review` would have written for each person, built with the same
 * helpers (sealing, member numbers, counters), so seeded records are indistinguishable from real ones.
 */
const seedPerson = async (tx: DocumentOps, person: DemoPerson, { now, pii }: SeedContext) => {
  const submittedAt = now - person.submittedDaysAgo * dayMs;
  const sealed = sealPersonalData(pii, person.idNumber, person.phone);
  const union = demoUnionById(person.unionId);
  const unionPath = demoUnionPathOf(union.id);

  await tx.insert(UniqueKeys, { _id: sealed.keys.idNumber, kind: 'idNumber', owner: person.openid, createdAt: submittedAt });
  await tx.insert(UniqueKeys, { _id: sealed.keys.phone, kind: 'phone', owner: person.openid, createdAt: submittedAt });

  const application: MemberDoc = {
    _id: person.openid,
    status: 'pending',
    name: person.name,
    ...sealed.fields,
    occupation: person.occupation,
    employer: person.employer,
    workArea: person.workArea,
    unionId: union.id,
    unionPath,
    unionName: union.name,
    driveId: null,
    consent: { version: privacyNoticeVersion, privacyAt: submittedAt, sensitiveAt: submittedAt },
    submittedAt,
    reviewedAt: null,
    reviewerOpenid: null,
    rejectReason: null,
    memberNo: null,
    joinedAt: null,
    withdrawnAt: null,
    withdrawReason: null,
    pastMemberships: [],
    pendingTransferId: null,
    phoneReleasedAt: null,
    holdingsPending: false,
    updatedAt: submittedAt,
  };
  if (person.approvedDaysAgo === null) {
    await tx.insert(Members, application);
    return;
  }

  const joinedAt = now - person.approvedDaysAgo * dayMs;
  const month = monthKey(joinedAt);
  const memberNo = await takeMemberNumber(tx, Number(month.slice(0, 4)));
  await tx.insert(Members, {
    ...application,
    status: 'approved',
    reviewedAt: joinedAt,
    reviewerOpenid: demoOpenids.staff,
    memberNo,
    joinedAt,
    updatedAt: joinedAt,
  });
  await countMember(tx, { unionId: union.id, unionPath, occupation: person.occupation, employer: person.employer, driveId: null, joinedAt }, 1);
  await tx.insert(Audit, {
    _id: `seed-review-${person.openid}`,
    at: joinedAt,
    actorOpenid: demoOpenids.staff,
    action: 'member.review',
    unionId: union.id,
    unionPath,
    target: { collection: Members.name, id: person.openid },
    summary: `批准入会，会员号 ${memberNo}`,
    requestId: 'seed',
  });
};

export const membersSeed: SeedStep = {
  name: 'members',
  run: async (tx, context) => {
    for (const person of demoPeople) await seedPerson(tx, person, context);
  },
};
