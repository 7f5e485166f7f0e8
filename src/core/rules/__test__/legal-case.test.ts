import { legalCaseStatuses, type LegalCaseStatus } from '../../enums/legal-case-status';
import { canRate, isOpenCase, legalSteps, staffStepsFrom, statusAfter, type LegalStep } from '../legal-case';

/** Every (status, step) pair the machine allows, and where it leads; everything else must be refused. */
const allowedSteps: Array<[LegalCaseStatus, LegalStep, LegalCaseStatus]> = [
  ['submitted', 'accept', 'accepted'],
  ['submitted', 'decline', 'declined'],
  ['submitted', 'withdraw', 'closed'],
  ['accepted', 'assign', 'assigned'],
  ['accepted', 'note', 'accepted'],
  ['accepted', 'close', 'closed'],
  ['accepted', 'withdraw', 'closed'],
  ['assigned', 'assign', 'assigned'],
  ['assigned', 'note', 'assigned'],
  ['assigned', 'close', 'closed'],
  ['assigned', 'withdraw', 'closed'],
];

const refusedSteps = legalCaseStatuses.flatMap((status) =>
  legalSteps
    .filter((step) => !allowedSteps.some(([from, allowed]) => from === status && allowed === step))
    .map((step) => [status, step] as const),
);

describe('法律援助 case state machine', () => {
  it.each(allowedSteps)('allows %s --%s--> %s', (from, step, to) => {
    expect(statusAfter(from, step)).toBe(to);
  });

  it.each(refusedSteps)('refuses %s --%s-->', (from, step) => {
    expect(statusAfter(from, step)).toBeNull();
  });

  it('covers every status × step pair exactly once between the two lists', () => {
    expect(allowedSteps.length + refusedSteps.length).toBe(legalCaseStatuses.length * legalSteps.length);
    expect(refusedSteps).toContainEqual(['submitted', 'close']);
    expect(refusedSteps).toContainEqual(['submitted', 'assign']);
    expect(refusedSteps).toContainEqual(['accepted', 'accept']);
    expect(refusedSteps).toContainEqual(['closed', 'note']);
  });

  it('offers staff the allowed steps, never withdraw', () => {
    expect(staffStepsFrom('submitted')).toEqual(['accept', 'decline']);
    expect(staffStepsFrom('accepted')).toEqual(['assign', 'note', 'close']);
    expect(staffStepsFrom('assigned')).toEqual(['assign', 'note', 'close']);
    expect(staffStepsFrom('declined')).toEqual([]);
    expect(staffStepsFrom('closed')).toEqual([]);
  });

  it('counts submitted, accepted and assigned cases as open', () => {
    expect(legalCaseStatuses.filter(isOpenCase)).toEqual(['submitted', 'accepted', 'assigned']);
  });

  it('lets a closed case be rated once, and nothing else be rated', () => {
    expect(canRate('closed', false)).toBe(true);
    expect(canRate('closed', true)).toBe(false);
    for (const status of ['submitted', 'accepted', 'assigned', 'declined'] as const) expect(canRate(status, false)).toBe(false);
  });
});
