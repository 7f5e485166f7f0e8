import { closedCase, evidenceFile, submitInput, submittedCase, uploadAs } from '../legal';
import { everyone, type ActionCase } from './define';

/** Staff of the case's union (and the district admin above it) may act; staff elsewhere may not. */
const caseStaff = everyone('denied', { staffHere: 'ok', admin: 'ok' });
/** Only the worker who asked sees their case; to anyone else it does not exist. */
const ownerOnly = everyone('LEGAL.CASE_NOT_FOUND', { anonymous: 'denied', member: 'ok' });

export const legalCases: ActionCase[] = [
  { fn: 'legal', action: 'uploadEvidence', input: () => evidenceFile(), expect: everyone('denied', { member: 'ok' }) },
  { fn: 'legal', action: 'submit', input: () => submitInput(), expect: everyone('denied', { member: 'ok' }) },
  { fn: 'legal', action: 'myCases', input: () => ({}), expect: everyone('ok') },
  { fn: 'legal', action: 'detail', input: async (world) => ({ caseId: (await submittedCase(world)).id }), expect: ownerOnly },
  {
    fn: 'legal',
    action: 'addEvidence',
    input: async (world) => ({ caseId: (await submittedCase(world)).id, uploadIds: [(await uploadAs(world, 'member')).id] }),
    expect: ownerOnly,
  },
  { fn: 'legal', action: 'rate', input: async (world) => ({ caseId: (await closedCase(world)).id, stars: 5 }), expect: ownerOnly },
  { fn: 'legal', action: 'queue', input: () => ({}), expect: everyone('denied', { staffHere: 'ok', staffElsewhere: 'ok', admin: 'ok' }) },
  { fn: 'legal', action: 'caseFile', input: async (world) => ({ caseId: (await submittedCase(world)).id }), expect: caseStaff },
  {
    fn: 'legal',
    action: 'transition',
    input: async (world) => ({ step: 'accept', caseId: (await submittedCase(world)).id }),
    expect: caseStaff,
  },
  { fn: 'legal', action: 'revealPhone', input: async (world) => ({ caseId: (await submittedCase(world)).id }), expect: caseStaff },
  { fn: 'legal', action: 'lawyers', input: () => ({}), expect: everyone('denied', { staffHere: 'ok', staffElsewhere: 'ok', admin: 'ok' }) },
  {
    fn: 'legal',
    action: 'saveLawyer',
    input: () => ({ unionId: 'g1', name: '李律师', firm: '江城律师事务所', phone: '13800002222' }),
    expect: everyone('denied', { admin: 'ok' }),
  },
  { fn: 'legal', action: 'settings', input: () => ({ unionId: 'g1' }), expect: everyone('denied', { admin: 'ok' }) },
  { fn: 'legal', action: 'saveSettings', input: () => ({ unionId: 'g1', answerWorkingDays: 5 }), expect: everyone('denied', { admin: 'ok' }) },
];
