export { TransferStatusCard, type TransferStatusCardProps } from './TransferStatusCard';
