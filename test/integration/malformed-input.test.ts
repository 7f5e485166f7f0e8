import { contracts } from '@core/contracts';
import type { Contract } from '@core/contract';
import { actionCases } from '../support/action-cases';
import { malformedVariants } from '../support/malformed';
import { createWorld, roles } from '../support/world';

/**
 * Generated bad inputs for every action: each must get INPUT.INVALID with Chinese messages naming the
 * fields, and write nothing — not even an idempotency marker, though a requestId is sent.
 */
const cases = actionCases.flatMap((actionCase) => {
  const contract = (contracts as Record<string, Record<string, Contract>>)[actionCase.fn][actionCase.action];
  const role = roles.find((candidate) => actionCase.expect[candidate] === 'ok')!;
  return [{ actionCase, contract, role }];
});

describe('malformed input', () => {
  it.each(cases)('$actionCase.fn.$actionCase.action: every generated bad input is refused clearly and writes nothing', async ({ actionCase, contract, role }) => {
    const world = await createWorld();
    try {
      const valid = await actionCase.input(world, role);
      const variants = malformedVariants(contract.input, valid);
      expect(variants.length).toBeGreaterThan(3);
      const before = await world.snapshot();
      for (const variant of variants) {
        const result = await world.call(actionCase.fn, actionCase.action, variant.data, role, 'malformed-0001');
        if (result.ok || result.error.code !== 'INPUT.INVALID') {
          throw new Error(`${variant.label}: expected INPUT.INVALID, got ${JSON.stringify(result)}`);
        }
        const messages = Object.values(result.error.fields ?? {});
        expect(messages.length).toBeGreaterThan(0);
        for (const message of [result.error.message, ...messages]) expect(message).toMatch(/[\u4e00-\u9fa5]/);
      }
      expect(await world.snapshot()).toEqual(before);
    } finally {
      world.close();
    }
  });
});
