/** Why a store could not be opened; each has its own words on the problem screen. */
export const storeProblems = [
  'not_a_database',
  'corrupt',
  'newer_version',
  'history_mismatch',
  'locked',
  'read_only',
  'disk_full',
  'unreadable',
] as const;
export type StoreProblem = (typeof storeProblems)[number];

export type StoreStatus =
  | { state: 'ready'; storePath: string; dataDir: string; schemaVersion: number }
  | { state: 'problem'; storePath: string; dataDir: string; problem: StoreProblem; message: string };
