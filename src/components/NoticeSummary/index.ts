export { NoticeSummary, type NoticeSummaryProps } from './NoticeSummary';
