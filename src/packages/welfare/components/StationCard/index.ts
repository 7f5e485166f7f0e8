export { StationCard } from './StationCard';
