export { createStateStore, blobStateStore, memoryStateStore, SAFE_KEY, type StateStore } from './state-store';
export {
  readRecord,
  writeRecord,
  createRecord,
  createRecordJson,
  jsonBytes,
  type RecordRead,
} from './records';
export {
  blobExpiringRecords,
  memoryExpiringRecords,
  EXPIRING_PREFIX,
  type ExpiringRecords,
  type Held,
  type Life,
} from './expiring-records';
