export { PullQuote, type PullQuoteOptions } from './pull-quote';
