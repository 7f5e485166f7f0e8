import type { ActionTable } from '../common/runtime/action';
import { showDriveBoard } from './board.action';
import { createDrive } from './create.action';
import { showDrive } from './detail.action';
import { showDriveEntry } from './entry.action';
import { foundUnionAtDrive } from './found-union.action';
import { listDrives } from './list.action';
import { showDriveQueue } from './queue.action';
import { signInToDrive } from './sign-in.action';

export const driveActions: ActionTable<'drive'> = {
  entry: showDriveEntry,
  signIn: signInToDrive,
  create: createDrive,
  list: listDrives,
  detail: showDrive,
  board: showDriveBoard,
  queue: showDriveQueue,
  foundUnion: foundUnionAtDrive,
};
