/**
 * Runs the engine on saved pages: one file → one JSON object; several → JSON Lines, in order.
 *   npm run -s extract -- PAGE.html [more.html …] [--url URL] [--repair-spin] [--simplify[=always]]
 * The text is the page's own words unless asked: --repair-spin puts 伪原创 spun words back, --simplify
 * converts traditional mirrors of simplified originals (=always: any traditional page).
 */
import { readFileSync, statSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { extract, type AnalyseOptions } from '../utils/engine/index';
import { nodeParts } from '../utils/engine/node-parts';

class InputError extends Error {}

function usage(): never {
  console.error('usage: npm run -s extract -- PAGE.html [MORE.html …] [--url URL] [--repair-spin] [--simplify[=always]]');
  process.exit(2);
}

function parseArgs(argv: string[]): { files: string[]; url: string; options: AnalyseOptions } {
  const files: string[] = [];
  let url = '';
  const options: AnalyseOptions = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--repair-spin') options.repairSpin = true;
    else if (argv[i] === '--simplify') options.simplify = 'mirrors';
    else if (argv[i] === '--simplify=always') options.simplify = 'force';
    else if (argv[i] === '--url') {
      const value = argv[++i];
      if (!value) usage();
      url = value;
    } else if (argv[i] === '--help' || argv[i] === '-h') usage();
    else files.push(argv[i]!);
  }
  if (!files.length) usage();
  return { files, url, options };
}

function load(file: string): Document {
  let html: string;
  try {
    if (statSync(file).isDirectory()) throw new InputError(`${file}: is a folder, not an HTML file`);
    html = readFileSync(file, 'utf8');
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read (${code ?? String(e)})`);
  }
  if (!html.trim()) throw new InputError(`${file}: empty file`);
  if (html.includes('\u0000') || !/<[a-z!][^>]*>/i.test(html)) throw new InputError(`${file}: not HTML`);
  const { document } = parseHTML(html.includes('<html') ? html : `<!doctype html><html><body>${html}</body></html>`);
  if (!document.body) throw new InputError(`${file}: not HTML (no body)`);
  return document as unknown as Document;
}

function run(file: string, url: string): object {
  const doc = load(file);
  return { file, ...extract(doc, url, nodeParts, options) };
}

const { files, url, options } = parseArgs(process.argv.slice(2));
// A reader that stops reading (`| head`) has what it wanted: stop quietly, not with a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(0);
});
if (files.length === 1) {
  try {
    process.stdout.write(JSON.stringify(run(files[0]!, url), null, 1) + '\n');
  } catch (e) {
    console.error(`extract: ${e instanceof InputError ? e.message : `${files[0]}: failed (${(e as Error).message})`}`);
    process.exit(1);
  }
} else {
  let failed = 0;
  for (const file of files) {
    let line: object;
    try {
      line = run(file, url);
    } catch (e) {
      failed++;
      line = { file, error: e instanceof InputError ? e.message : `failed (${(e as Error).message})` };
    }
    process.stdout.write(JSON.stringify(line) + '\n');
  }
  process.exitCode = failed === files.length ? 1 : 0;
}
