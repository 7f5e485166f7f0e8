import { privacyNoticeVersion } from '@core/privacy';
import { idNumberCheckChar } from '@core/rules/id-number';
import type { LocalComposition } from '../../cloudfunctions/common/composition/local.composition';
import { demoOpenids } from '../../cloudfunctions/common/local-host/seed/demo-identities';
import { staffUnionId } from '../../cloudfunctions/common/local-host/seed/demo-unions';
import { handleCall } from '../../cloudfunctions/common/runtime/router';
import { functionRegistry } from '../../cloudfunctions/registry';

/**
 * `count` members of demo-staff's union, joined and approved through the router in this process before
 * the host starts (setting up is not what is measured). Men (odd sequence numbers), so no booking asks
 * the X-ray question.
 */
export const addBenchMembers = async (local: LocalComposition, count: number): Promise<string[]> => {
  const call = async (action: string, data: unknown, openid: string) => {
    const result = await handleCall('member', functionRegistry.member, { action, data }, openid, { ports: local.ports, adminOpenids: local.adminOpenids });
    if (!result.ok) throw new Error(`member.${action} for the bench: ${result.error.code}`);
  };
  const openids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const openid = `bench-worker-${i}`;
    const birth = new Date(Date.UTC(1975, 0, 1) + i * 5 * 24 * 3600_000).toISOString().slice(0, 10).replace(/-/g, '');
    const first17 = `420107${birth}${String((i % 500) * 2 + 1).padStart(3, '0')}`;
    await call(
      'join',
      {
        name: '压测工友',
        idNumber: `${first17}${idNumberCheckChar(first17)}`,
        phone: `137${String(i).padStart(8, '0')}`,
        occupation: 'rider',
        workArea: '青山区长青街道',
        unionId: staffUnionId,
        consent: { version: privacyNoticeVersion, privacy: true, sensitive: true },
      },
      openid,
    );
    await call('review', { memberId: openid, decision: 'approve' }, demoOpenids.staff);
    openids.push(openid);
  }
  return openids;
};
