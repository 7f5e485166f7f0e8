import { contracts } from '@core/contracts';
import { actionCases, deniedCodes } from '../support/action-cases';
import { createWorld, roles } from '../support/world';

const cells = actionCases.flatMap((actionCase) => roles.map((role) => [`${actionCase.fn}.${actionCase.action}`, role, actionCase.expect[role], actionCase] as const));

describe('authorization matrix', () => {
  it('has a line for every action in the contracts, and none for actions that do not exist', () => {
    const declared = Object.entries(contracts).flatMap(([fn, actions]) => Object.keys(actions).map((action) => `${fn}.${action}`));
    expect(actionCases.map((actionCase) => `${actionCase.fn}.${actionCase.action}`).sort()).toEqual(declared.sort());
  });

  it.each(cells)('%s as %s → %s', async (_name, role, expectation, actionCase) => {
    const world = await createWorld();
    try {
      const input = await actionCase.input(world, role);
      const result = await world.call(actionCase.fn, actionCase.action, input, role);
      if (expectation === 'ok') {
        expect(result).toEqual({ ok: true, data: expect.anything() });
      } else if (expectation === 'denied') {
        const code = result.ok ? 'ok' : result.error.code;
        if (role === 'anonymous') expect(code).toBe('AUTH.NO_IDENTITY');
        else expect(deniedCodes).toContain(code);
      } else {
        expect(result).toMatchObject({ ok: false, error: { code: expectation } });
      }
    } finally {
      world.close();
    }
  });
});
