export { BarList } from './BarList';
