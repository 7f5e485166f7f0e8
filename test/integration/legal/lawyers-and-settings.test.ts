import type { LawyerView, LegalSettingsView } from '@core/contracts/legal-views';
import { Audit } from '../../../cloudfunctions/common/collections/audit.collection';
import { LegalLawyers } from '../../../cloudfunctions/common/collections/legal-lawyers.collection';
import { Staff } from '../../../cloudfunctions/common/collections/staff.collection';
import { recordedLawyer, submittedCase } from '../../support/legal';
import { createWorld, type World } from '../../support/world';

describe('legal partner lawyers and answer commitments', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
  });
  afterEach(() => world.close());

  const lawyersFor = async (as: string, data: Record<string, unknown> = {}) => {
    const result = await world.call<{ items: LawyerView[] }>('legal', 'lawyers', data, as);
    if (!result.ok) throw new Error(result.error.code);
    return result.data.items.map((lawyer) => lawyer.name);
  };

  it('records a lawyer with the phone sealed and masked, and audits it', async () => {
    const result = await world.call<LawyerView>('legal', 'saveLawyer', { unionId: 'street', name: '张建华', firm: '江城律师事务所', phone: '138 0000 1111' }, 'admin');
    expect(result).toEqual({
      ok: true,
      data: { id: expect.any(String), name: '张建华', firm: '江城律师事务所', phoneMasked: '138****1111', union: { id: 'street', name: '长青街道总工会' }, active: true },
    });
    const stored = await world.ports.store.get(LegalLawyers, result.ok ? result.data.id : '');
    expect(JSON.stringify(stored)).not.toContain('13800001111');
    expect(world.ports.pii.decrypt(stored!.phoneCipher)).toBe('13800001111');
    expect(await world.ports.store.count(Audit, { action: 'legal.saveLawyer' })).toBe(1);

    // Retiring keeps the number on record; a new lawyer needs one.
    const retired = await world.call<LawyerView>('legal', 'saveLawyer', { lawyerId: stored!._id, unionId: 'street', name: '张建华', firm: '江城律师事务所', active: false }, 'admin');
    expect(retired).toMatchObject({ ok: true, data: { active: false, phoneMasked: '138****1111' } });
    expect(await world.call('legal', 'saveLawyer', { unionId: 'street', name: '李律师', firm: '江城律师事务所' }, 'admin')).toMatchObject({
      ok: false,
      error: { code: 'INPUT.INVALID', fields: { phone: '请填写律师的手机号' } },
    });
  });

  it('offers a case the active lawyers of its union and the unions above it', async () => {
    await recordedLawyer(world, 'root', '张律师');
    await recordedLawyer(world, 'g1', '李律师');
    await recordedLawyer(world, 'g2', '赵律师');
    const retired = await recordedLawyer(world, 'street', '钱律师');
    await world.call('legal', 'saveLawyer', { lawyerId: retired.id, unionId: 'street', name: '钱律师', firm: '江城律师事务所', phone: '13800001111', active: false }, 'admin');
    const filed = await submittedCase(world);
    expect(await lawyersFor('staffHere', { caseId: filed.id })).toEqual(['张律师', '李律师']);
    expect(await world.call('legal', 'lawyers', { caseId: filed.id }, 'staffElsewhere')).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
    // The keepers' list: what was recorded in the caller's own subtree, retired ones included.
    expect((await lawyersFor('admin')).sort()).toEqual(['张律师', '李律师', '赵律师', '钱律师'].sort());
    expect(await lawyersFor('staffElsewhere')).toEqual(['赵律师']);
  });

  it('keeps lawyers and commitments to admins of the union', async () => {
    await world.ports.store.insert(Staff, { _id: 'g2admin:g2', openid: 'g2admin', unionId: 'g2', unionPath: '/root/industry/g2/', unionName: '货运司机联合工会', roles: ['admin'], grantedAt: 0, grantedBy: 'test' });
    const before = await world.snapshot();
    expect(await world.call('legal', 'saveLawyer', { unionId: 'g1', name: '李律师', firm: '江城律师事务所', phone: '13800002222' }, 'g2admin')).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
    expect(await world.call('legal', 'saveSettings', { unionId: 'g1', answerWorkingDays: 2 }, 'g2admin')).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
    expect(await world.call('legal', 'saveSettings', { unionId: 'nowhere', answerWorkingDays: 2 }, 'admin')).toMatchObject({ ok: false, error: { code: 'UNION.NOT_FOUND' } });
    expect(await world.call('legal', 'saveSettings', { unionId: 'g1', answerWorkingDays: 11 }, 'admin')).toMatchObject({
      ok: false,
      error: { code: 'INPUT.INVALID', fields: { answerWorkingDays: '最多10个工作日' } },
    });
    expect(await world.snapshot()).toEqual(before);
  });

  it('says where a union’s commitment comes from: the default, a union above, or its own', async () => {
    const settings = async () => {
      const result = await world.call<LegalSettingsView>('legal', 'settings', { unionId: 'g1' }, 'admin');
      if (!result.ok) throw new Error(result.error.code);
      return result.data;
    };
    expect(await settings()).toEqual({ union: { id: 'g1', name: '长青站点骑手工会' }, answerWorkingDays: 3, source: 'default', inheritedFrom: null });
    await world.call('legal', 'saveSettings', { unionId: 'root', answerWorkingDays: 5 }, 'admin');
    expect(await settings()).toMatchObject({ answerWorkingDays: 5, source: 'inherited', inheritedFrom: { id: 'root', name: '青山区总工会' } });
    const saved = await world.call('legal', 'saveSettings', { unionId: 'g1', answerWorkingDays: 2 }, 'admin');
    expect(saved).toMatchObject({ ok: true, data: { answerWorkingDays: 2, source: 'own' } });
    await world.call('legal', 'saveSettings', { unionId: 'g1', answerWorkingDays: 4 }, 'admin');
    expect(await settings()).toMatchObject({ answerWorkingDays: 4, source: 'own' });
  });
});
