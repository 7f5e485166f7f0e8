export { ClaimSheet, type ClaimChoice } from './ClaimSheet';
