/**
 * Every suite `npm run bench` knows, in the order they run. A new suite is one file in
 * this folder exporting a Suite, added to this list.
 */
import type { Suite } from '../lib/types';
import { editorSuite } from './editor';
import { exportSuite } from './export';
import { relatedSuite } from './related';
import { searchSuite } from './search';
import { startupSuite } from './startup';
import { storeSuite } from './store';
import { tagsSuite } from './tags';

export const suites: readonly Suite[] = [
  storeSuite,
  editorSuite,
  startupSuite,
  tagsSuite,
  relatedSuite,
  searchSuite,
  exportSuite,
];

export const suiteNames = (): string[] => suites.map((suite) => suite.name);

export function findSuite(name: string): Suite | undefined {
  return suites.find((suite) => suite.name === name);
}
