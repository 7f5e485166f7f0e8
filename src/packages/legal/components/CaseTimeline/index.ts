export { CaseTimeline } from './CaseTimeline';
