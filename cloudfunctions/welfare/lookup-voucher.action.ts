import { welfareContracts } from '@core/contracts/welfare.contract';
import { staffWith } from '../common/runtime/access';
import { defineAction, ok } from '../common/runtime/action';
import { mayHandOutAt, pickupStationsOf } from './campaign-scope';
import { voucherByCode } from './voucher-by-code';
import { toVoucherLookup } from './voucher-views';

/** 核销, step one: who holds the code (masked), what they get, and where this staff member may hand it out. */
export const lookupVoucher = defineAction({
  contract: welfareContracts.lookupVoucher,
  access: staffWith('operator'),
  run: async (input, context) => {
    const found = await voucherByCode(context, input.code);
    if (!found.ok) return found;
    const { claim, campaign } = found.data;
    const here = pickupStationsOf(campaign, claim.stationId).filter((id) => mayHandOutAt(context.caller.scope, campaign, id));
    return ok(toVoucherLookup(claim, campaign, here, context.ports.clock.now()));
  },
});
