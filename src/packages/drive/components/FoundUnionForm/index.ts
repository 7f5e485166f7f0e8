export { FoundUnionForm } from './FoundUnionForm';
