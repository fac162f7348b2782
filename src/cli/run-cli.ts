import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ImportReport } from '../shared/exchange/import-report';
import { openCore } from '../main/core/open-core';
import { parseCliArgs, usage, UsageError } from './cli-args';
import { allSummaries, callCore, findArticleIds } from './find-articles';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Where relative paths start. */
  cwd: string;
}

/** Exit codes a script can rely on. */
export const exitCodes = { ok: 0, someFailed: 1, usage: 2, store: 3 } as const;

/** Runs one command against the store in `dataDir`; returns the exit code. */
export function runCli(argv: readonly string[], dataDir: string, io: CliIo): number {
  let command;
  try {
    command = parseCliArgs(argv);
  } catch (caught) {
    if (!(caught instanceof UsageError)) throw caught;
    io.err(`lede: ${caught.message}\n\n${usage}`);
    return exitCodes.usage;
  }
  if (command.name === 'help') {
    io.out(usage);
    return exitCodes.ok;
  }
  const core = openCore({ dataDir, log: () => {} });
  try {
    if (core.status.state !== 'ready') {
      io.err(`lede: the store in ${dataDir} could not be opened: ${core.status.message}`);
      return exitCodes.store;
    }
    if (command.name === 'list') {
      for (const summary of allSummaries(core))
        io.out([summary.id, summary.status, summary.slug, summary.headline].join('\t'));
      return exitCodes.ok;
    }
    if (command.name === 'import') {
      const paths = command.files.map((file) => resolve(io.cwd, file));
      const { reports } = callCore<{ reports: ImportReport[] }>(core, 'imports.files', { paths });
      for (const report of reports) {
        if (!report.ok) {
          io.err(`lede: ${report.error}`);
          continue;
        }
        io.out(`imported ${report.file} as ${report.articleId} “${report.headline}” (${report.format})`);
        for (const dropped of report.dropped) io.out(`  left out: ${dropped}`);
      }
      return reports.every((report) => report.ok) ? exitCodes.ok : exitCodes.someFailed;
    }
    const out = resolve(io.cwd, command.out);
    if (!existsSync(out)) mkdirSync(out, { recursive: true });
    const ids = findArticleIds(core, command.query);
    const { token } = callCore<{ token: string }>(core, 'exports.chooseFolder', { folder: out });
    let written = 0;
    let failed = 0;
    for (let at = 0; at < ids.length; at += 100) {
      const chunk = ids.slice(at, at + 100);
      const result = callCore<{ written: { file: string }[]; failed: { id: string; message: string }[] }>(
        core,
        'exports.batch',
        {
          token,
          articleIds: chunk,
          format: command.format,
          overwrite: command.overwrite,
        },
      );
      written += result.written.length;
      failed += result.failed.length;
      for (const failure of result.failed) io.err(`lede: ${failure.id}: ${failure.message}`);
    }
    io.out(`wrote ${written} file${written === 1 ? '' : 's'} to ${out}${failed ? `; ${failed} failed` : ''}`);
    return failed ? exitCodes.someFailed : exitCodes.ok;
  } catch (caught) {
    io.err(`lede: ${caught instanceof Error ? caught.message : String(caught)}`);
    return exitCodes.someFailed;
  } finally {
    core.close();
  }
}
