import type { DriveBoard } from '@core/contracts/drive.contract';
import type { Envelope } from '@core/result';
import { composeInMemory, type LocalComposition } from '../../../cloudfunctions/common/composition/local.composition';
import { liveDemoDriveId } from '../../../cloudfunctions/common/local-host/seed/drive-figures.seed';
import { seedDemoData } from '../../../cloudfunctions/common/local-host/seed';
import { fixedClock } from '../../../cloudfunctions/common/ports/clock.port';
import { handleCall } from '../../../cloudfunctions/common/runtime/router';
import { functionRegistry } from '../../../cloudfunctions/registry';
import { countersDrift } from '../../support/recount';

describe('the demo seed’s drives', () => {
  let composition: LocalComposition;
  const clock = fixedClock(Date.parse('2026-11-29T10:00:00+08:00'));
  beforeEach(async () => {
    composition = composeInMemory({ clock });
    await seedDemoData(composition.ports);
  });
  afterEach(() => composition.close());

  const call = <T>(fn: 'drive' | 'stats', action: string, data: unknown, openid: string) =>
    handleCall(fn, functionRegistry[fn], { action, data }, openid, { ports: composition.ports, adminOpenids: composition.adminOpenids }) as Promise<Envelope<T>>;

  it('has a drive under way whose board demo-staff sees, with counters equal to a recount', async () => {
    const board = await call<DriveBoard>('drive', 'board', { driveId: liveDemoDriveId }, 'demo-staff');
    expect(board).toMatchObject({ ok: true, data: { figures: { signedIn: 12, approved: 0 }, byOccupation: expect.arrayContaining([{ occupation: 'rider', signedIn: 8, approved: 0 }]) } });
    expect(await countersDrift(composition.ports.store)).toEqual([]);
    const signIn = await call('drive', 'signIn', { driveId: liveDemoDriveId, occupation: 'courier' }, 'demo-worker');
    expect(signIn).toMatchObject({ ok: true, data: { firstTime: true } });
  });
});
