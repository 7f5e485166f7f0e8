export { ChoiceChips, type ChoiceOption } from './ChoiceChips';
