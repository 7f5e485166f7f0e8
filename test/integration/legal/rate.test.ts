import { Counters } from '../../../cloudfunctions/common/collections/counters.collection';
import { LegalCases } from '../../../cloudfunctions/common/collections/legal-cases.collection';
import { caseDetail, closedCase, step, submittedCase } from '../../support/legal';
import { createWorld, type World } from '../../support/world';

describe('legal.rate', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
  });
  afterEach(() => world.close());

  it('records 1–5 stars and a comment once the case is closed, in the timeline and the counters', async () => {
    const filed = await closedCase(world);
    const result = await world.call('legal', 'rate', { caseId: filed.id, stars: 5, comment: '工会帮我要回了工资，谢谢！' }, 'member');
    expect(result).toEqual({ ok: true, data: { id: filed.id, stars: 5 } });
    const view = await caseDetail(world, filed.id);
    expect(view).toMatchObject({ rated: true, canRate: false, rating: { stars: 5, comment: '工会帮我要回了工资，谢谢！' } });
    expect(view.timeline.at(-1)).toMatchObject({ kind: 'rated', title: '评价：5星', actor: '你', text: '工会帮我要回了工资，谢谢！' });
    expect(await world.ports.store.get(Counters, 'legal:g1:2026-11')).toMatchObject({ rated: 1, ratingStars: 5 });
    expect(JSON.stringify(await world.ports.store.get(LegalCases, filed.id))).not.toContain('要回了工资');
  });

  it('refuses a rating before the case is closed, and a second one', async () => {
    const open = await submittedCase(world);
    await step(world, { step: 'accept', caseId: open.id });
    const before = await world.snapshot();
    expect(await world.call('legal', 'rate', { caseId: open.id, stars: 4 }, 'member')).toMatchObject({ ok: false, error: { code: 'LEGAL.NOT_CLOSED' } });
    expect(await world.snapshot()).toEqual(before);

    const closed = await closedCase(world);
    expect((await world.call('legal', 'rate', { caseId: closed.id, stars: 4 }, 'member')).ok).toBe(true);
    const after = await world.snapshot();
    expect(await world.call('legal', 'rate', { caseId: closed.id, stars: 1 }, 'member')).toMatchObject({ ok: false, error: { code: 'LEGAL.ALREADY_RATED' } });
    expect(await world.snapshot()).toEqual(after);
  });

  it.each([[0], [6], [3.5]])('refuses %s stars', async (stars) => {
    const closed = await closedCase(world);
    expect(await world.call('legal', 'rate', { caseId: closed.id, stars }, 'member')).toMatchObject({
      ok: false,
      error: { code: 'INPUT.INVALID', fields: { stars: '请选择1到5颗星' } },
    });
  });

  it('lets only the worker who asked rate it', async () => {
    const closed = await closedCase(world);
    expect(await world.call('legal', 'rate', { caseId: closed.id, stars: 5 }, 'staffHere')).toMatchObject({ ok: false, error: { code: 'LEGAL.CASE_NOT_FOUND' } });
  });
});
