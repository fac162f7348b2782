export { FindReplace, findReplaceKey, findState, type FindReplaceOptions, type FindState } from './find-replace';
export { findMatches, maxMatches, maxQueryLength, type TextRange } from './find-matches';
