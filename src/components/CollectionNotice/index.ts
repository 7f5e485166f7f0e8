export { CollectionNotice, type CollectionNoticeProps } from './CollectionNotice';
