export { EvidenceEditor, type EvidenceEditorProps } from './EvidenceEditor';
