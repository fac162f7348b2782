export { countDocWords, WordCount, type WordCountStorage } from './word-count';
