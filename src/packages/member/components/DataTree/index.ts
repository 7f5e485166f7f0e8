export { DataTree, type DataTreeProps } from './DataTree';
