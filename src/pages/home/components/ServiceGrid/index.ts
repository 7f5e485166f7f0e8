export { ServiceGrid, type ServiceGridProps, type ServiceTile } from './ServiceGrid';
