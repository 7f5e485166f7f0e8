export { StaffQueue, type QueueTab, type StaffQueueProps } from './StaffQueue';
