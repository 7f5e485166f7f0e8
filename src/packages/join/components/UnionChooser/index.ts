export { UnionChooser, type UnionChooserProps } from './UnionChooser';
