export { OnSiteQueue } from './OnSiteQueue';
