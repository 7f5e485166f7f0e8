export { Chips, toggled } from './Chips';
