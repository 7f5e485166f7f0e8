export { QueueCard, deadlineText, type QueueCardProps } from './QueueCard';
