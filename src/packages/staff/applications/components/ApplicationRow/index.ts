export { ApplicationRow, type ApplicationRowProps } from './ApplicationRow';
