import { Members } from '../common/collections/members.collection';
import { PhoneConflicts, erasedNumber } from '../common/collections/phone-conflicts.collection';
import { Staff } from '../common/collections/staff.collection';
import { Transfers } from '../common/collections/transfers.collection';
import { UniqueKeys, uniqueKeyIdOf } from '../common/collections/unique-keys.collection';
import type { PersonalDataHolder } from '../common/personal-data/personal-data.port';
import { forgetAnswersContaining } from '../common/personal-data/platform-records.holder';
import type { Store } from '../common/ports/store.port';
import { countMember, countMemberMove } from './member-counters';
import { exportMembership, exportPhoneConflict, exportStaffGrant, exportTransfer } from './member-export';
import { releaseKey } from './unique-keys';

/**
 * 入会和会籍: the member record, its unique keys, transfers, phone reports. Erasing an approved member
 * ends the membership first (counters as for 退会, so reports keep only the anonymous counts), then
 * removes every record; others' phone reports naming them as the holder lose that link and the number.
 */
export const memberHolder: PersonalDataHolder = {
  label: '入会和会籍',
  collections: [Members.name, UniqueKeys.name, Transfers.name, PhoneConflicts.name],

  exportFor: async (openid, { store, pii }) => {
    const [member, transfers, conflicts, grants] = await Promise.all([
      store.get(Members, openid),
      store.find(Transfers, { where: { memberOpenid: openid }, orderBy: [['requestedAt', 'asc']], limit: 100 }),
      store.find(PhoneConflicts, { where: { claimantOpenid: openid }, limit: 100 }),
      store.find(Staff, { where: { openid }, limit: 100 }),
    ]);
    if (!member && transfers.items.length === 0 && conflicts.items.length === 0 && grants.items.length === 0) return null;
    return {
      入会信息: member ? exportMembership(member, pii) : '没有入会记录',
      转会记录: transfers.items.map(exportTransfer),
      手机号核实申请: conflicts.items.map((conflict) => exportPhoneConflict(conflict, pii)),
      工作人员身份: grants.items.map(exportStaffGrant),
    };
  },

  erasureWarningsFor: async (openid, { store }) => {
    const member = await store.get(Members, openid);
    const warnings: string[] = [];
    if (member?.status === 'approved') {
      warnings.push('删除后你会退出工会：会员号和电子会员卡都作废。以后可以重新入会，但会得到新的会员号。');
    }
    if (member?.pendingTransferId) warnings.push('你还在等待接收的转会申请会一起撤回。');
    return warnings;
  },

  eraseFor: async (openid, { store, clock }) => {
    const now = clock.now();
    const erased = await store.transaction(async (tx) => {
      const member = await tx.get(Members, openid);
      if (!member) return null;
      if (member.status === 'approved') {
        await countMember(tx, { ...member, joinedAt: member.joinedAt ?? now }, -1);
        await countMemberMove(tx, member, now, 'withdrawn');
      }
      await releaseKey(tx, uniqueKeyIdOf('idNumber', member.idHash), openid);
      await releaseKey(tx, uniqueKeyIdOf('phone', member.phoneHash), openid);
      await tx.remove(Members, openid);
      return member;
    });
    // Keys staff handed to this worker for a number they never used, and everything else left over.
    await store.removeWhere(UniqueKeys, { owner: openid });
    await store.removeWhere(Transfers, { memberOpenid: openid });
    await store.removeWhere(PhoneConflicts, { claimantOpenid: openid });
    await forgetAsHolder(store, openid, now);
    // Answers kept for other callers' retries may show this worker (a reviewer's decision, a search).
    if (erased) await forgetAnswersContaining(store, [erased.name, erased.idMasked, erased.phoneMasked]);
    return { notices: erased?.status === 'approved' ? ['你已退出工会，会员号和电子会员卡已作废。'] : [] };
  },
};

/**
 * Reports by others about a number this worker held: an open one is moot (the number is free now)
 * and closes; one that left or judged the number theirs loses the number itself. Reports that judged
 * the number the reporter's keep it: it is theirs.
 */
const forgetAsHolder = async (store: Store, openid: string, now: number): Promise<void> => {
  await store.updateWhere(
    PhoneConflicts,
    { holderOpenid: openid, status: 'open' },
    { $set: { status: 'closed', resolvedAt: now, reason: '原来登记这个号码的记录已删除，号码已空出，现在可以直接使用' } },
  );
  await store.updateWhere(
    PhoneConflicts,
    { holderOpenid: openid, status: { $in: ['closed', 'kept'] } },
    { $set: { phoneHash: '', phoneCipher: '', phoneMasked: erasedNumber } },
  );
  await store.updateWhere(PhoneConflicts, { holderOpenid: openid }, { $set: { holderOpenid: null } });
};
