export { RejectDialog, quickReasons, type RejectDialogProps } from './RejectDialog';
