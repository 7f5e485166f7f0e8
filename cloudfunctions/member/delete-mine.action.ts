import { memberContracts } from '@core/contracts/member.contract';
import { Staff } from '../common/collections/staff.collection';
import { signedIn } from '../common/runtime/access';
import { defineAction, fail, ok } from '../common/runtime/action';
import { holdersForErasure } from './holders-in-order';

/**
 * 删除我的信息 (个人信息保护法 第47条): every holder erases or anonymizes what it has about the caller —
 * open matters closed first, the membership ended, the union's audit entries cut loose from them — so
 * that afterwards nothing is found by their ID number, phone or openid; only anonymous counts remain.
 * Each holder is safe to run twice, so a retry after a failure half-way finishes the job. Staff are
 * refused: their actions are the union's records.
 */
export const deleteMine = defineAction({
  contract: memberContracts.deleteMine,
  access: signedIn,
  run: async (_input, { caller, ports }) => {
    if ((await ports.store.count(Staff, { openid: caller.openid })) > 0) return fail('MEMBER.STAFF_CANNOT_ERASE');
    const notices: string[] = [];
    for (const holder of holdersForErasure()) {
      const report = await holder.eraseFor(caller.openid, ports);
      if (report?.notices) notices.push(...report.notices);
    }
    return ok({ erasedAt: ports.clock.now(), notices });
  },
});
