export { VoucherStatus } from './VoucherStatus';
