export { PrivacyPopup } from './PrivacyPopup';
