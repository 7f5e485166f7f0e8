export { PlanCard } from './PlanCard';
