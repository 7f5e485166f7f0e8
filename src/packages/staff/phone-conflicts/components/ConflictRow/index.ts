export { ConflictRow, type ConflictRowProps } from './ConflictRow';
