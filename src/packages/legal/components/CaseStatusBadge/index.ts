export { CaseStatusBadge } from './CaseStatusBadge';
