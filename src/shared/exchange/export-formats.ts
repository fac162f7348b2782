/** What an article can be exported as. */
export const exportFormats = ['html', 'html-folder', 'json', 'ninjs', 'ninjs3'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const exportFormatLabels: Record<ExportFormat, string> = {
  html: 'HTML page, images inside (.html)',
  'html-folder': 'HTML page with an images folder',
  json: 'Lede JSON, importable (.json)',
  ninjs: 'IPTC ninjs 2.2 (.json)',
  ninjs3: 'IPTC ninjs 3.1 (.json)',
};

/** The file name ending each format writes. */
export const exportExtensions: Record<ExportFormat, string> = {
  html: '.html',
  'html-folder': '.html',
  json: '.lede.json',
  ninjs: '.ninjs.json',
  ninjs3: '.ninjs.json',
};

/** The formats the command line and batch export name: the short list people type. */
export const batchFormats = ['html', 'json', 'ninjs'] as const;
export type BatchFormat = (typeof batchFormats)[number];
