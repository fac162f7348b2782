import type Database from 'better-sqlite3';
import { makeDurable, type Durability } from '../store/durability';

export interface DurabilityService {
  /**
   * Makes every save so far safe from a power cut (a FULL WAL checkpoint). For explicit
   * saves and publishing; autosave relies on the WAL, which survives crashes but not power loss.
   */
  makeDurable(): Durability;
}

export function createDurabilityService(db: Database.Database): DurabilityService {
  return { makeDurable: () => makeDurable(db) };
}
