import type { ActionTable } from '../common/runtime/action';
import { searchUnions } from './unions.action';

export const directoryActions: ActionTable<'directory'> = {
  unions: searchUnions,
};
