export { EvidenceGallery } from './EvidenceGallery';
