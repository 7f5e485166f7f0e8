export { EmployerField, type EmployerFieldProps } from './EmployerField';
