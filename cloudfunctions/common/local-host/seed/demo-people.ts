import type { Occupation } from '@core/enums/occupation';
import { idNumberCheckChar } from '@core/rules/id-number';
import { demoOpenids } from './demo-identities';
import { otherUnionId, staffUnionId } from './demo-unions';

/**
 * Invented people behind the seeded member and applications. Their ID numbers are well-formed
 * (武汉 area codes, real dates, the GB 11643 check character computed, odd sequence for men) so they
 * pass the same validation a real one does; the tests also use this list to prove none of them is
 * stored in plain text.
 */
export interface DemoPerson {
  openid: string;
  name: string;
  idNumber: string;
  phone: string;
  occupation: Occupation;
  employer: string | null;
  workArea: string;
  unionId: string;
  /** Days before the seed ran that the application came in. */
  submittedDaysAgo: number;
  /** Days before the seed ran that it was approved; null while 待审核. */
  approvedDaysAgo: number | null;
}

/** `420107` + `19910314` + `031` → the 18-digit number with its check character. */
export const demoIdNumber = (area: string, birthDate: string, sequence: string): string => {
  const first17 = `${area}${birthDate}${sequence}`;
  if (!/^\d{17}$/.test(first17)) throw new Error('an ID number needs 17 digits before the check character');
  return `${first17}${idNumberCheckChar(first17)}`;
};

export const demoMember: DemoPerson = {
  openid: demoOpenids.member,
  name: '李明辉',
  idNumber: demoIdNumber('420107', '19910314', '031'),
  phone: '13986012345',
  occupation: 'rider',
  employer: '美团',
  workArea: '青山区长青街道',
  unionId: staffUnionId,
  submittedDaysAgo: 12,
  approvedDaysAgo: 10,
};

/** 待审核 in demo-staff's union, waiting 1, 3 and 6 days, plus one in another union they must not see. */
export const demoApplicants: readonly DemoPerson[] = [
  {
    openid: 'demo-applicant-1',
    name: '刘建军',
    idNumber: demoIdNumber('420107', '19880922', '057'),
    phone: '15927345678',
    occupation: 'rider',
    employer: '美团',
    workArea: '青山区长青街道',
    unionId: staffUnionId,
    submittedDaysAgo: 1,
    approvedDaysAgo: null,
  },
  {
    openid: 'demo-applicant-2',
    name: '陈晓燕',
    idNumber: demoIdNumber('420115', '19950611', '142'),
    phone: '18607161234',
    occupation: 'rider',
    employer: '美团',
    workArea: '青山区钢花村街道',
    unionId: staffUnionId,
    submittedDaysAgo: 3,
    approvedDaysAgo: null,
  },
  {
    openid: 'demo-applicant-3',
    name: '赵海涛',
    idNumber: demoIdNumber('421023', '19930105', '213'),
    phone: '13554219876',
    occupation: 'rider',
    employer: null,
    workArea: '青山区长青街道',
    unionId: staffUnionId,
    submittedDaysAgo: 6,
    approvedDaysAgo: null,
  },
  {
    openid: 'demo-applicant-other',
    name: '孙立强',
    idNumber: demoIdNumber('420107', '19870730', '079'),
    phone: '17786043321',
    occupation: 'courier',
    employer: '顺丰',
    workArea: '青山区红钢城街道',
    unionId: otherUnionId,
    submittedDaysAgo: 2,
    approvedDaysAgo: null,
  },
];

export const demoPeople: readonly DemoPerson[] = [demoMember, ...demoApplicants];
