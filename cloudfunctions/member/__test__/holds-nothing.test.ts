import { holdsNothing } from '../holds-nothing';

describe('holdsNothing: which export sections to leave out', () => {
  it('treats null, empty lists and objects of only those as nothing', () => {
    expect(holdsNothing(null)).toBe(true);
    expect(holdsNothing(undefined)).toBe(true);
    expect(holdsNothing([])).toBe(true);
    expect(holdsNothing({ 案件: [], 未提交的证据: [] })).toBe(true);
    expect(holdsNothing({ 预约: { 记录: [] } })).toBe(true);
  });

  it('keeps anything with a value in it', () => {
    expect(holdsNothing([{ 活动: 'd1' }])).toBe(false);
    expect(holdsNothing({ 入会信息: '没有入会记录', 转会记录: [] })).toBe(false);
    expect(holdsNothing('x')).toBe(false);
    expect(holdsNothing(0)).toBe(false);
  });
});
