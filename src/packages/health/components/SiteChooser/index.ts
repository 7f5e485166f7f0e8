export { SiteChooser } from './SiteChooser';
