export { VoucherCard } from './VoucherCard';
