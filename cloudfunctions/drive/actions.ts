import type { ActionTable } from '../common/runtime/action';
import { showDriveEntry } from './entry.action';

export const driveActions: ActionTable<'drive'> = {
  entry: showDriveEntry,
};
