export { TransferRow, type TransferRowProps } from './TransferRow';
