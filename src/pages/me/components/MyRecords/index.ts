export { MyRecords } from './MyRecords';
