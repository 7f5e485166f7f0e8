import { call } from '../call';

/** Fetches the worker's 体检 bookings, latest first, each with its code and what to bring. */
export const fetchMyBookings = () => call('health', 'myBookings', {});
