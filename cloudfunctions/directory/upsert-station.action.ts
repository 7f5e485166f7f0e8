import { randomBytes } from 'node:crypto';
import { directoryContracts } from '@core/contracts/directory.contract';
import { Audit } from '../common/collections/audit.collection';
import { Stations, type StationDoc } from '../common/collections/stations.collection';
import { Unions } from '../common/collections/unions.collection';
import { storeImage } from '../common/files/stored-image';
import { staffWith } from '../common/runtime/access';
import { defineAction, fail, ok } from '../common/runtime/action';
import { auditRecord } from '../common/runtime/audit';
import { toStation } from './station-views';

/**
 * An admin adds a 驿站 or edits one, for a union of their subtree (and only a station already in it).
 * Campaigns keep the copy they were created with: a moved station is a new one for new campaigns.
 */
export const upsertStation = defineAction({
  contract: directoryContracts.upsertStation,
  access: staffWith('admin'),
  run: async (input, context) => {
    const { caller, ports } = context;
    const [union, existing] = await Promise.all([
      ports.store.get(Unions, input.unionId),
      input.id ? ports.store.get(Stations, input.id) : Promise.resolve(null),
    ]);
    if (input.id && !existing) return fail('STATION.NOT_FOUND');
    if (existing && !caller.scope?.covers(existing.unionPath)) return fail('AUTH.FORBIDDEN');
    if (!union) return fail('UNION.NOT_FOUND', { fields: { unionId: '请重新选择工会' } });
    if (!caller.scope?.covers(union.path)) return fail('AUTH.FORBIDDEN');

    const id = existing?._id ?? `st_${randomBytes(5).toString('hex')}`;
    let photoFileId = input.photo === null ? null : (existing?.photoFileId ?? null);
    if (input.photo) {
      photoFileId = await storeImage(ports.files, 'stations', input.photo, id);
      if (!photoFileId) return fail('STATION.PHOTO_INVALID', { fields: { photo: '照片格式不对' } });
    }
    const now = ports.clock.now();
    const station: StationDoc = {
      _id: id,
      name: input.name,
      address: input.address,
      location: { lat: input.lat, lng: input.lng },
      hours: input.hours,
      facilities: input.facilities,
      contact: input.contact ?? null,
      photoFileId,
      unionId: union._id,
      unionPath: union.path,
      unionName: union.name,
      active: input.active,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    await ports.store.transaction(async (tx) => {
      if (existing) {
        const { _id, ...fields } = station;
        await tx.update(Stations, _id, { $set: fields });
      } else {
        await tx.insert(Stations, station);
      }
      await tx.insert(
        Audit,
        auditRecord(context, {
          action: 'directory.upsertStation',
          union: { id: union._id, path: union.path },
          target: { collection: Stations.name, id },
          summary: `${existing ? '修改' : '新增'}驿站「${station.name}」${station.active ? '' : '（已停用）'}`,
        }),
      );
    });
    // A replaced or removed photo is no longer shown anywhere; its file goes once the change is saved.
    if (existing?.photoFileId && existing.photoFileId !== photoFileId) await ports.files.remove(existing.photoFileId);
    return ok(await toStation(ports.files, station));
  },
});
