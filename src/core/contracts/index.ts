import type { Contract } from '../contract';
import { directoryContracts } from './directory.contract';
import { driveContracts } from './drive.contract';
import { legalContracts } from './legal.contract';
import { memberContracts } from './member.contract';
import { healthContracts } from './health.contract';
import { statsContracts } from './stats.contract';
import { welfareContracts } from './welfare.contract';

/** Every deployed function and its actions: the one list client and server agree on. */
export const contracts = {
  member: memberContracts,
  directory: directoryContracts,
  drive: driveContracts,
  health: healthContracts,
  stats: statsContracts,
  welfare: welfareContracts,
  legal: legalContracts,
} satisfies Record<string, Record<string, Contract>>;

export type Contracts = typeof contracts;
export type FunctionName = keyof Contracts;
export type ActionName<F extends FunctionName> = keyof Contracts[F] & string;
export type ContractOf<F extends FunctionName, A extends ActionName<F>> = Contracts[F][A] extends infer C extends Contract
  ? C
  : never;
