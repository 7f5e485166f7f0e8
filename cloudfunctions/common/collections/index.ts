import type { CollectionDef, Doc } from '../ports/store.port';
import { Audit } from './audit.collection';
import { BookingCodes } from './booking-codes.collection';
import { Bookings } from './bookings.collection';
import { Campaigns } from './campaigns.collection';
import { Claims } from './claims.collection';
import { Counters } from './counters.collection';
import { Drives } from './drives.collection';
import { ExportFiles } from './export-files.collection';
import { HealthPlans } from './health-plans.collection';
import { HealthSlots } from './health-slots.collection';
import { Idempotency } from './idempotency.collection';
import { LegalCases } from './legal-cases.collection';
import { LegalLawyers } from './legal-lawyers.collection';
import { LegalSettings } from './legal-settings.collection';
import { LegalUploads } from './legal-uploads.collection';
import { Members } from './members.collection';
import { Outbox } from './outbox.collection';
import { PhoneConflicts } from './phone-conflicts.collection';
import { Signins } from './signins.collection';
import { Staff } from './staff.collection';
import { Stations } from './stations.collection';
import { Transfers } from './transfers.collection';
import { UniqueKeys } from './unique-keys.collection';
import { Unions } from './unions.collection';
import { Waitlist } from './waitlist.collection';

/** Every collection, so adapters can create tables and indexes and deploys can set security rules. */
export const allCollections: readonly CollectionDef<Doc>[] = [
  Unions,
  Staff,
  Members,
  Transfers, PhoneConflicts,
  UniqueKeys,
  Counters,
  Drives,
  HealthPlans, HealthSlots, Bookings, BookingCodes,
  Stations, Campaigns, Claims, Waitlist,
  Signins,
  LegalCases, LegalUploads, LegalLawyers, LegalSettings,
  Audit,
  ExportFiles,
  Outbox,
  Idempotency,
] as readonly CollectionDef<Doc>[];
