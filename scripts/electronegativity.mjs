// `npm run security:electronegativity`: runs Doyensec's Electronegativity over Lede's
// source, offline, and fails on any HIGH or MEDIUM finding that
// security/electronegativity-accepted.json does not accept with a reason.
//
//   node scripts/electronegativity.mjs [--input DIR] [--accepted FILE] [--json FILE]
//
// Without --input it scans a copy of src/ (tests left out: they hold hostile strings on
// purpose) with package.json and package-lock.json, which give the Electron version.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { reviewFindings, reviewPasses } from './electronegativity-review.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

/** Needs the network (it downloads Electron's release list), so it cannot run offline. */
const networkChecks = ['AvailableSecurityFixesGlobalCheck'];

const { values } = parseArgs({
  options: {
    input: { type: 'string' },
    accepted: { type: 'string', default: join(root, 'security', 'electronegativity-accepted.json') },
    json: { type: 'string' },
  },
});

function stageSource() {
  const dir = mkdtempSync(join(tmpdir(), 'lede-electronegativity-'));
  cpSync(join(root, 'src'), join(dir, 'src'), {
    recursive: true,
    filter: (path) => !/\.test\.tsx?$/.test(path),
  });
  for (const file of ['package.json', 'package-lock.json']) cpSync(join(root, file), join(dir, file));
  return dir;
}

/**
 * Electronegativity fetches translations from the internet when it starts (and falls back
 * after a timeout). A security check in CI should neither depend on nor talk to a remote
 * host, so its HTTP client is replaced by one that answers "not found" at once.
 */
function keepOffline() {
  const toolRequire = createRequire(require.resolve('@doyensec/electronegativity/package.json'));
  const gotPath = toolRequire.resolve('got');
  const stub = new Module(gotPath);
  stub.filename = gotPath;
  stub.loaded = true;
  stub.exports = async () => ({ statusCode: 404, body: '' });
  require.cache[gotPath] = stub;
}

/** Inline `eng-disable` comments would hide findings from this gate; reasons go in the list. */
function inlineDisables(dir) {
  const hits = [];
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (name === 'node_modules') continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(m?[jt]sx?|html?)$/.test(name) && readFileSync(path, 'utf8').includes('eng-disable')) {
        hits.push(relative(dir, path));
      }
    }
  };
  walk(dir);
  return hits;
}

async function main() {
  const staged = values.input ? undefined : stageSource();
  const input = values.input ? resolve(values.input) : staged;
  try {
    keepOffline();
    const run = require('@doyensec/electronegativity');
    const version = require('@doyensec/electronegativity/package.json').version;
    const result = await run(
      {
        input,
        customScan: [],
        excludeFromScan: networkChecks,
        isRelative: true,
        isVerbose: false,
        parserPlugins: [],
      },
      false,
    );
    const findings = result.issues.map((issue) => ({
      check: issue.id,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      file: issue.file,
      line: issue.location.line,
      column: issue.location.column,
      sample: String(issue.sample ?? ''),
      manualReview: Boolean(issue.manualReview),
    }));
    const accepted = existsSync(values.accepted) ? JSON.parse(readFileSync(values.accepted, 'utf8')) : [];
    const review = reviewFindings(findings, accepted);
    const parseErrors = result.errors.filter((error) => !error.tolerable);
    const disables = inlineDisables(input);

    console.log(
      `Electronegativity ${version}: ${result.globalChecks + result.atomicChecks} checks ` +
        `(${result.globalChecks} global, ${result.atomicChecks} atomic) over ${staged ? 'a copy of src/ and package.json' : relative(root, input) || input}; ` +
        `skipped offline: ${networkChecks.join(', ')}.`,
    );
    const counts = {};
    for (const finding of findings) counts[finding.severity] = (counts[finding.severity] ?? 0) + 1;
    console.log(
      `Findings: ${['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'].map((s) => `${s} ${counts[s] ?? 0}`).join(', ')}; ` +
        `${review.accepted.length} accepted with a reason, ${review.blocking.length} blocking.`,
    );
    const where = (f) => `${f.check} ${f.severity}/${f.confidence} ${f.file}:${f.line}`;
    for (const { finding, reason } of review.accepted)
      console.log(`  accepted  ${where(finding)}\n            ${reason}`);
    for (const finding of review.other) console.log(`  note      ${where(finding)}  ${finding.sample.slice(0, 100)}`);
    for (const finding of review.blocking)
      console.log(`  BLOCKING  ${where(finding)}  ${finding.sample.slice(0, 100)}`);
    for (const entry of review.unused)
      console.log(
        `  UNUSED    ${entry.check} ${entry.file} "${entry.sample}": nothing matches it any more; remove it.`,
      );
    for (const problem of review.invalid) console.log(`  INVALID   ${values.accepted}: ${problem}`);
    for (const error of parseErrors) console.log(`  UNPARSED  ${error.file}: ${error.message}`);
    for (const file of disables)
      console.log(`  DISABLED  ${file} uses an eng-disable comment; accept findings in the list instead.`);

    if (values.json) writeFileSync(values.json, JSON.stringify({ version, counts, findings, review }, null, 2));
    const passed = reviewPasses(review) && parseErrors.length === 0 && disables.length === 0;
    console.log(passed ? 'Electronegativity: passed.' : 'Electronegativity: FAILED (see above).');
    process.exitCode = passed ? 0 : 1;
  } finally {
    if (staged) rmSync(staged, { recursive: true, force: true });
  }
}

await main();
