import type { ActionTable } from '../common/runtime/action';
import { suggestUnions } from './suggest-unions.action';
import { searchUnions } from './unions.action';

export const directoryActions: ActionTable<'directory'> = {
  unions: searchUnions,
  suggestUnions,
};
