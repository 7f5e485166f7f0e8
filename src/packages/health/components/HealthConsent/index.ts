export { HealthConsent } from './HealthConsent';
