import { healthContracts } from '@core/contracts/health.contract';
import { Audit } from '../common/collections/audit.collection';
import { HealthPlans } from '../common/collections/health-plans.collection';
import { HealthSlots, type HealthSlotDoc } from '../common/collections/health-slots.collection';
import { staffWith } from '../common/runtime/access';
import { defineAction, fail, ok } from '../common/runtime/action';
import { auditRecord } from '../common/runtime/audit';
import { toStaffSlotView } from './health-views';

/** Tries at a capacity change before answering with what the slot now holds: each lost race means a booking landed. */
const attempts = 5;

/**
 * Edits one slot: its capacity (never below the seats already booked) and whether it takes new
 * bookings. The capacity moves by compare-and-set on the capacity it had and `booked ≤ new`, with
 * `remaining` shifted by the same difference, so a booking racing the edit can neither be lost nor
 * squeeze past the new limit.
 */
export const updateSlot = defineAction({
  contract: healthContracts.updateSlot,
  access: staffWith('admin'),
  run: async (input, context) => {
    const { caller, ports } = context;
    const { store } = ports;
    let slot = await store.get(HealthSlots, input.slotId);
    if (!slot) return fail('HEALTH.SLOT_NOT_FOUND', { fields: { slotId: '请刷新后重试' } });
    if (!caller.scope?.covers(slot.unionPath)) return fail('AUTH.FORBIDDEN');
    const now = ports.clock.now();
    const changes: string[] = [];

    if (input.capacity !== undefined && input.capacity !== slot.capacity) {
      const capacity = input.capacity;
      for (let attempt = 1; ; attempt += 1) {
        const changed = await store.updateWhere(
          HealthSlots,
          { _id: slot._id, capacity: slot.capacity, booked: { $lte: capacity } },
          { $set: { capacity, updatedAt: now }, $inc: { remaining: capacity - slot.capacity } },
        );
        const previous: HealthSlotDoc = slot;
        slot = (await store.get(HealthSlots, slot._id))!;
        if (changed === 1) {
          changes.push(`名额 ${previous.capacity} → ${capacity}`);
          break;
        }
        if (slot.booked > capacity) {
          return fail('HEALTH.CAPACITY_BELOW_BOOKED', {
            message: `已经有${slot.booked}人预约了这个时段，名额不能少于${slot.booked}`,
            fields: { capacity: `至少${slot.booked}个` },
          });
        }
        if (attempt >= attempts) throw new Error('slot capacity kept changing under the edit');
      }
    }
    if (input.open !== undefined && input.open !== slot.open) {
      await store.update(HealthSlots, slot._id, { $set: { open: input.open, updatedAt: now } });
      slot = { ...slot, open: input.open };
      changes.push(input.open ? '恢复预约' : '停止预约');
    }

    if (changes.length > 0) {
      const plan = await store.get(HealthPlans, slot.planId);
      await store.insert(
        Audit,
        auditRecord(context, {
          action: 'health.updateSlot',
          union: { id: plan?.unionId ?? '', path: slot.unionPath },
          target: { collection: HealthSlots.name, id: slot._id },
          summary: `修改时段：${changes.join('，')}`,
        }),
      );
    }
    return ok(toStaffSlotView(slot, now));
  },
});
