export { TypeFilter, type TypeFilterProps } from './TypeFilter';
