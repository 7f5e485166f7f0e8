import { answerDeadline, defaultAnswerWorkingDays, workingDaysLeft } from '../working-days';

const at = (iso: string) => Date.parse(iso);

describe('working-day answer deadlines (Asia/Shanghai)', () => {
  it('gives 3 working days by default, ending at the last moment of the third', () => {
    expect(defaultAnswerWorkingDays).toBe(3);
    // Monday 10:00 → Thursday 23:59:59.999
    expect(answerDeadline(at('2026-11-30T10:00:00+08:00'), 3)).toBe(at('2026-12-04T00:00:00+08:00') - 1);
  });

  it('skips the weekend: Friday afternoon → the end of Wednesday', () => {
    expect(answerDeadline(at('2026-12-04T16:30:00+08:00'), 3)).toBe(at('2026-12-10T00:00:00+08:00') - 1);
  });

  it('counts from the next working day when submitted at the weekend', () => {
    // Saturday and Sunday both → the end of Wednesday.
    expect(answerDeadline(at('2026-12-05T09:00:00+08:00'), 3)).toBe(at('2026-12-10T00:00:00+08:00') - 1);
    expect(answerDeadline(at('2026-12-06T23:00:00+08:00'), 3)).toBe(at('2026-12-10T00:00:00+08:00') - 1);
  });

  it('uses the Shanghai day, not the UTC one: 00:30 Tuesday in Shanghai is still Monday in UTC', () => {
    expect(answerDeadline(at('2026-12-01T00:30:00+08:00'), 1)).toBe(at('2026-12-03T00:00:00+08:00') - 1);
  });

  it('counts working days left, 0 on the last day, negative once overdue', () => {
    const deadline = answerDeadline(at('2026-11-30T10:00:00+08:00'), 3); // end of Thursday 12-03
    expect(workingDaysLeft(at('2026-11-30T11:00:00+08:00'), deadline)).toBe(3);
    expect(workingDaysLeft(at('2026-12-02T09:00:00+08:00'), deadline)).toBe(1);
    expect(workingDaysLeft(at('2026-12-03T23:59:00+08:00'), deadline)).toBe(0);
    expect(workingDaysLeft(at('2026-12-04T00:01:00+08:00'), deadline)).toBe(-1);
    // The weekend after does not make it later: still one working day overdue on Sunday, two on Monday.
    expect(workingDaysLeft(at('2026-12-06T12:00:00+08:00'), deadline)).toBe(-1);
    expect(workingDaysLeft(at('2026-12-07T12:00:00+08:00'), deadline)).toBe(-2);
  });

  it('calls a deadline on a Friday missed on the Saturday after it', () => {
    const deadline = answerDeadline(at('2026-12-01T10:00:00+08:00'), 3); // end of Friday 12-04
    expect(workingDaysLeft(at('2026-12-05T08:00:00+08:00'), deadline)).toBe(-1);
  });
});
