export {
  CleanPaste,
  cleanPasteKey,
  pasteNotice,
  utf8Length,
  type CleanPasteOptions,
  type FileTransfer,
} from './clean-paste';
export { attribute, type HtmlNode } from './html-node';
export { defuseForParsing, sanitizeHtml, styleAlias, type PasteReport, type SanitizedHtml } from './sanitize-html';
