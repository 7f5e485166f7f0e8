export { SlotPicker } from './SlotPicker';
