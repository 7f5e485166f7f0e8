import { everyone, type ActionCase } from './define';

export const directoryCases: ActionCase[] = [
  { fn: 'directory', action: 'unions', input: () => ({ keyword: '长青' }), expect: everyone('ok') },
  { fn: 'directory', action: 'suggestUnions', input: () => ({ occupation: 'rider' }), expect: everyone('ok') },
];
