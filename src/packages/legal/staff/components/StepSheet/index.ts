export { StepSheet, stepTitles, type StepSheetProps } from './StepSheet';
export type { StaffStep } from './step-form';
