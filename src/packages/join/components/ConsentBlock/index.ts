export { ConsentBlock, type ConsentBlockProps } from './ConsentBlock';
