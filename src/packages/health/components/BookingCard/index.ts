export { BookingCard } from './BookingCard';
