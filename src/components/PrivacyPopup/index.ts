export { PrivacyPopup, type PrivacyPopupProps } from './PrivacyPopup';
