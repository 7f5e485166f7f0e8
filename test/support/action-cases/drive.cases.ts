import { everyone, type ActionCase } from './define';

export const driveCases: ActionCase[] = [
  { fn: 'drive', action: 'entry', input: () => ({ driveId: 'drive-1' }), expect: everyone('ok') },
];
