/**
 * When a drive takes sign-ins: from an hour before it starts (workers arrive early) until two hours
 * after it ends (the queue at the table runs late). A QR code photographed and shared later is no
 * proof of having been there.
 */
const earlyMs = 60 * 60 * 1000;
const lateMs = 2 * 60 * 60 * 1000;

export type SignInWindow = 'early' | 'open' | 'closed';

export const signInWindowOf = (drive: { startsAt: number; endsAt: number }, now: number): SignInWindow => {
  if (now < drive.startsAt - earlyMs) return 'early';
  if (now > drive.endsAt + lateMs) return 'closed';
  return 'open';
};
