import type { Occupation } from '@core/enums/occupation';
import { maskName } from '@core/rules/mask';
import type { CampaignDoc } from '../common/collections/campaigns.collection';
import type { MemberDoc } from '../common/collections/members.collection';
import { fail, ok, type Outcome } from '../common/runtime/action';

/** Who is claiming, as the voucher records it: the occupation group it counts under, masked for staff. */
export interface Claimant {
  occupation: Occupation;
  isMember: boolean;
  nameMasked: string | null;
  phoneMasked: string | null;
}

export type EligibilityFailure = 'WELFARE.MEMBERS_ONLY' | 'WELFARE.NOT_ELIGIBLE' | 'WELFARE.OCCUPATION_NEEDED';

/**
 * Members of the campaign's union subtree may claim; so may members elsewhere and workers who have
 * not joined (yet) when the campaign is open to their occupation group. A worker with no approved
 * membership says their occupation at the tap (or it is taken from their application).
 */
export const claimantOf = (
  campaign: Pick<CampaignDoc, 'unionPath' | 'membersOnly' | 'occupations'>,
  record: MemberDoc | null,
  declared: Occupation | undefined,
): Outcome<Claimant, EligibilityFailure> => {
  const masked = { nameMasked: record ? maskName(record.name) : null, phoneMasked: record?.phoneMasked ?? null };
  if (record?.status === 'approved') {
    const inSubtree = record.unionPath.startsWith(campaign.unionPath);
    const openToGroup = !campaign.membersOnly && campaign.occupations.includes(record.occupation);
    if (!inSubtree && !openToGroup) return fail('WELFARE.NOT_ELIGIBLE');
    return ok({ occupation: record.occupation, isMember: true, ...masked });
  }
  if (campaign.membersOnly) return fail('WELFARE.MEMBERS_ONLY');
  const occupation = declared ?? record?.occupation;
  if (!occupation) return fail('WELFARE.OCCUPATION_NEEDED', { fields: { occupation: '请选择你的职业' } });
  if (!campaign.occupations.includes(occupation)) return fail('WELFARE.NOT_ELIGIBLE');
  return ok({ occupation, isMember: false, ...masked });
};
