import { submittedCase } from '../../support/legal';
import { createWorld, type World } from '../../support/world';

/**
 * Issue 7: open legal cases are closed as withdrawn before a worker's data is deleted, and the worker is
 * told so — before they confirm (deletionPreview) and after (deleteMine's notices). Through the legal
 * feature's personal-data holder, the way every feature takes part.
 */
describe('deleting my data with a legal case still open', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
  });
  afterEach(() => world.close());

  it('warns first, closes the case as withdrawn, and says so', async () => {
    const legalCase = await submittedCase(world);
    expect(await world.call('member', 'deletionPreview', {}, 'member')).toMatchObject({
      ok: true,
      data: { holds: expect.arrayContaining(['法律援助']), warnings: expect.arrayContaining([expect.stringContaining('1件还在办理的法律援助案件')]) },
    });
    const erased = await world.call('member', 'deleteMine', { confirm: '删除我的全部信息' }, 'member');
    expect(erased).toMatchObject({ ok: true, data: { notices: expect.arrayContaining(['你的1件法律援助案件已作为“当事人撤回”关闭。']) } });
    expect(await world.call('legal', 'myCases', {}, 'member')).toMatchObject({ ok: true, data: { items: [] } });
    expect(await world.call('legal', 'detail', { caseId: legalCase.id }, 'member')).toMatchObject({ ok: false });
  });
});
