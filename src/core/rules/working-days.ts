/**
 * 工作日 for the unions' answer commitment ("受理 within N working days"). Monday to Friday in
 * Asia/Shanghai; statutory holidays and their 调休 make-up Saturdays are not modelled (they change
 * every year by State Council notice), so over a holiday the deadline comes early, never late.
 */
const shanghaiOffsetMs = 8 * 60 * 60 * 1000;
const dayMs = 24 * 60 * 60 * 1000;

/** Days since 1970-01-01 in Shanghai; that day was a Thursday. */
const shanghaiDayOf = (ms: number): number => Math.floor((ms + shanghaiOffsetMs) / dayMs);
const isWorkingDay = (day: number): boolean => {
  const weekday = (day + 4) % 7; // 0 = Sunday
  return weekday !== 0 && weekday !== 6;
};
const endOfDay = (day: number): number => (day + 1) * dayMs - shanghaiOffsetMs - 1;

/** The default commitment when a union has set none: answer (accept or decline) within 3 working days. */
export const defaultAnswerWorkingDays = 3;

/**
 * The last moment of the `workingDays`-th working day after the day of `from`: submitted on a Friday
 * with 3 days → the end of Wednesday.
 */
export const answerDeadline = (from: number, workingDays: number): number => {
  let day = shanghaiDayOf(from);
  let left = workingDays;
  while (left > 0) {
    day += 1;
    if (isWorkingDay(day)) left -= 1;
  }
  return endOfDay(day);
};

/**
 * Working days from `now` until `deadline`: 0 on the deadline's own day, negative once it has passed
 * (−1 the first working day after it). What the staff queue shows as 还剩N个工作日 / 今天到期 / 已超期.
 */
export const workingDaysLeft = (now: number, deadline: number): number => {
  const today = shanghaiDayOf(now);
  const last = shanghaiDayOf(deadline);
  if (now > deadline) {
    let late = 0;
    for (let day = last + 1; day <= today; day += 1) if (isWorkingDay(day)) late += 1;
    return -Math.max(late, 1);
  }
  let left = 0;
  for (let day = today + 1; day <= last; day += 1) if (isWorkingDay(day)) left += 1;
  return left;
};
