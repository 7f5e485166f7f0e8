import { dayKey } from '@core/rules/time';
import { HealthPlans } from '../../collections/health-plans.collection';
import { HealthSlots } from '../../collections/health-slots.collection';
import { planDocOf, slotDocsOf } from '../../../health/plan-docs';
import { demoOpenids } from './demo-identities';
import { demoUnionById, demoUnionPathOf, staffUnionId } from './demo-unions';
import { dayMs, type SeedStep } from './seed-step';

/** The demo plan: `/#/packages/health/plan?planId=<demoHealthPlanId>`. */
export const demoHealthPlanId = 'hp-demo-winter';

const dayAfter = (now: number, days: number) => dayKey(now + days * dayMs);

/**
 * 送健康体检 in demo-staff's union: a mobile check bus parked at the 美团 depot on the 2nd and 3rd day
 * after the seed, and the partner hospital from the 2nd to the 6th. Booking opened a day ago for
 * workers never checked (demo-member among them), for everyone else in three days. demo-staff (服务专员)
 * checks people in and sees the stats; demo-admin plans.
 */
export const healthSeed: SeedStep = {
  name: 'health',
  run: async (tx, { now }) => {
    const union = demoUnionById(staffUnionId);
    const plan = planDocOf(
      demoHealthPlanId,
      {
        title: '冬季骑手免费健康体检',
        unionId: union.id,
        provider: '青山区康宁医院体检中心',
        items: ['bloodPressure', 'bloodRoutine', 'liverFunction', 'bloodSugar', 'bloodLipids', 'ecg', 'chestDr', 'abdominalUltrasound'],
        notes: ['体检前一天清淡饮食，不要喝酒', '体检车停在站点门口，电动车可以停在站点车棚'],
        occupations: [],
        ageMin: 18,
        ageMax: 60,
        sites: [
          { name: '美团外卖长青站门口', address: '青山区长青路128号（体检车停在站点门口）', kind: 'bus' },
          { name: '康宁医院体检中心', address: '青山区和平大道899号门诊楼3楼', kind: 'hospital' },
        ],
        firstDay: dayAfter(now, 2),
        lastDay: dayAfter(now, 6),
        opensAt: now - dayMs,
        priorityDays: 3,
        lateDays: 2,
        cutoffHours: 24,
      },
      { _id: union.id, path: demoUnionPathOf(union.id), name: union.name },
      demoOpenids.admin,
      now,
    );
    await tx.insert(HealthPlans, plan);
    const bus = slotDocsOf(plan, 's1', {
      days: [dayAfter(now, 2), dayAfter(now, 3)],
      times: [
        { start: '08:00', end: '08:30' },
        { start: '08:30', end: '09:00' },
        { start: '09:00', end: '09:30' },
        { start: '09:30', end: '10:00' },
        { start: '14:00', end: '14:30' },
        { start: '14:30', end: '15:00' },
      ],
      capacity: 6,
    }, now);
    const hospital = slotDocsOf(plan, 's2', {
      days: [2, 3, 4, 5, 6].map((days) => dayAfter(now, days)),
      times: [
        { start: '08:00', end: '09:00' },
        { start: '09:00', end: '10:00' },
        { start: '10:00', end: '11:00' },
      ],
      capacity: 10,
    }, now);
    for (const slot of [...bus, ...hospital]) await tx.insert(HealthSlots, slot);
  },
};
