/**
 * Starts a host rule and its fixture:
 *   npm run new-host -- <id> <url>
 * writes utils/engine/hosts/<id>.ts (a rule with empty selector lists to fill in), registers it in
 * utils/engine/hosts/all.ts and writes fixtures/hosts/<id>/ with a placeholder page that hosts.test.ts fails
 * on until a real page is saved and labelled. Refuses (a message, exit 1, nothing written) a malformed or
 * taken id, an address that is not http(s) and a hostname another rule already claims.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { coversHost } from '../utils/engine/hosts/define';
import { UNLABELLED } from '../tests/host-fixtures';

export class NewHostError extends Error {}

const here = dirname(fileURLToPath(import.meta.url));
export const defaultRoot = resolve(here, '..');

const RULES = 'utils/engine/hosts';
const FIXTURES = 'fixtures/hosts';
/** Files of the rules folder that are not rules. */
const NOT_RULES = ['all', 'define', 'find', 'matches', 'hosts'];

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The identifier all.ts imports a rule as: camelCase, with an "h" before a leading digit (h163wenku). */
export function identifierOf(id: string): string {
  const camel = id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  return /^[0-9]/.test(camel) ? `h${camel}` : camel;
}

/** The hostname suffix a rule for this address claims: lower case, without "www.". */
export function hostOfUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new NewHostError(`"${url}" is not an address (expected e.g. https://www.example.com/p-1.html)`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new NewHostError(`"${url}" is not an http or https address`);
  }
  const host = parsed.hostname
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.$/, '');
  if (!/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(host) || /^[0-9.]+$/.test(host)) {
    throw new NewHostError(`"${parsed.hostname}" is not a site's hostname (expected a name like example.com)`);
  }
  return host;
}

/** Every hostname the existing rules claim, by rule id, read from the rule files. */
function claimedHosts(rulesDir: string): Map<string, string> {
  const claimed = new Map<string, string>();
  for (const file of readdirSync(rulesDir)) {
    const id = file.replace(/\.ts$/, '');
    if (!file.endsWith('.ts') || file.endsWith('.test.ts') || NOT_RULES.includes(id)) continue;
    const list = /hosts:\s*\[([^\]]*)\]/.exec(readFileSync(join(rulesDir, file), 'utf8'))?.[1] ?? '';
    for (const [, h] of list.matchAll(/['"]([^'"]+)['"]/g)) claimed.set(h!.toLowerCase(), id);
  }
  return claimed;
}

function ruleSource(id: string, host: string, url: string): string {
  return `import { defineHostRule } from './define';

// Started by \`npm run new-host -- ${id} ${url}\`.
// To fill in, from a saved page of the site:
// - name: the site's Chinese and English names;
// - content: selectors of the document body, tried in order; title: selectors of the document title;
// - noise: the site's chrome to hide, by kind (ad, navigation, related, comments, paywall, …);
// - a site that draws its pages on canvas or as images: textLayer: 'preview-only' and preview: the
//   selectors of its static preview text block (see define.ts for every field).
// Then label fixtures/hosts/${id}/ (page.html, expected.json, SOURCE.md): hosts.test.ts fails until then.
export default defineHostRule({
  id: '${id}',
  name: { zh: '${host}', en: '${host}' },
  hosts: ['${host}'],
  content: [],
  title: [],
  noise: {},
});
`;
}

/** all.ts with the rule imported and listed in id order, as the file keeps them. */
export function register(allSource: string, id: string): string {
  const ident = identifierOf(id);
  const lines = allSource.split('\n');
  const importAt = (l: string) => /^import \w+ from '\.\/([^']+)';$/.exec(l)?.[1];
  const imports = lines.map((l, i) => [importAt(l), i] as const).filter((x): x is readonly [string, number] => !!x[0]);
  const open = lines.findIndex((l) => /^export const hostRules\b.*= \[$/.test(l));
  const close = lines.findIndex((l, i) => i > open && l === '];');
  if (!imports.length || open < 0 || close < 0)
    throw new NewHostError('utils/engine/hosts/all.ts is not in the expected shape (imports, then hostRules = [ … ])');
  const before = imports.find(([other]) => other > id);
  const importLine = before ? before[1] : imports[imports.length - 1]![1] + 1;
  const entries = lines.slice(open + 1, close);
  const beforeEntry = before ? entries.indexOf(`  ${identifierOf(before[0])},`) : -1;
  const entryLine = beforeEntry >= 0 ? open + 1 + beforeEntry : close;
  const out = [...lines];
  out.splice(entryLine, 0, `  ${ident},`);
  out.splice(importLine, 0, `import ${ident} from './${id}';`);
  return out.join('\n');
}

const placeholderPage = (
  id: string,
  url: string,
) => `<!-- ${UNLABELLED}: not a page yet. Save a real page of the ${id} site here (the page at ${url}
     or another one), exactly as the browser received it, and say where it came from in SOURCE.md.
     With no real page at all, build a shape page from the rule's selectors and say so in SOURCE.md. -->
`;

const placeholderSource = `${UNLABELLED}: say where page.html came from (its address, when and how it was saved), or that it is a shape fixture and what it is made of.\n`;

/** The fixture's expected.json: the strings to fill in are empty and "unlabelled" stays until they are. */
const placeholderExpected = (id: string, url: string) =>
  JSON.stringify({ unlabelled: true, url, site: id, kept: [], gone: [] }, null, 2) + '\n';

export interface NewHostResult {
  host: string;
  written: string[];
}

/** Checks everything first, then writes; on a refusal it throws NewHostError and nothing is written. */
export function newHost(id: string, url: string, root = defaultRoot): NewHostResult {
  if (!KEBAB.test(id))
    throw new NewHostError(`id "${id}" is not kebab-case (lower-case letters and digits, words joined by "-", e.g. doc88 or wenku-baidu)`);
  if (NOT_RULES.includes(id)) throw new NewHostError(`id "${id}" is the name of a file of ${RULES} that is not a rule`);
  const rulesDir = join(root, RULES);
  const allFile = join(rulesDir, 'all.ts');
  const ruleFile = join(rulesDir, `${id}.ts`);
  const fixtureDir = join(root, FIXTURES, id);
  if (existsSync(ruleFile)) throw new NewHostError(`id "${id}" is taken: ${relative(root, ruleFile)} exists`);
  const all = readFileSync(allFile, 'utf8');
  if (all.includes(`from './${id}'`)) throw new NewHostError(`id "${id}" is taken: utils/engine/hosts/all.ts imports it`);
  if (existsSync(fixtureDir)) throw new NewHostError(`${relative(root, fixtureDir)} exists already`);
  const host = hostOfUrl(url);
  for (const [claimed, rule] of claimedHosts(rulesDir)) {
    if (coversHost(claimed, host))
      throw new NewHostError(`${host} is already covered by the ${rule} rule (hosts: ${claimed}); add to that rule instead`);
    if (coversHost(host, claimed))
      throw new NewHostError(`${host} would also cover ${claimed}, which the ${rule} rule claims; give the rule a more specific hostname`);
  }
  const registered = register(all, id);

  writeFileSync(ruleFile, ruleSource(id, host, url));
  writeFileSync(allFile, registered);
  mkdirSync(fixtureDir, { recursive: true });
  writeFileSync(join(fixtureDir, 'page.html'), placeholderPage(id, url));
  writeFileSync(join(fixtureDir, 'expected.json'), placeholderExpected(id, url));
  writeFileSync(join(fixtureDir, 'SOURCE.md'), placeholderSource);
  const written = [ruleFile, allFile, join(fixtureDir, 'page.html'), join(fixtureDir, 'expected.json'), join(fixtureDir, 'SOURCE.md')];
  return { host, written: written.map((f) => relative(root, f)) };
}

function main(argv: string[]): number {
  if (argv.length !== 2 || argv.some((a) => a === '-h' || a === '--help')) {
    console.error('usage: npm run new-host -- <id> <url>    e.g. npm run new-host -- example-wenku https://www.example-wenku.com/p-1.html');
    return 2;
  }
  try {
    const { host, written } = newHost(argv[0]!, argv[1]!);
    console.log(`new host rule ${argv[0]} for ${host}:`);
    for (const f of written) console.log(`  ${f}`);
    console.log(
      `next: fill the selectors in ${written[0]}, then label ${FIXTURES}/${argv[0]}/ (a real page.html, expected.json, SOURCE.md); npx vitest run utils/engine/hosts fails until you do.`,
    );
    return 0;
  } catch (e) {
    if (!(e instanceof NewHostError)) throw e;
    console.error(`new-host: ${e.message}; nothing written`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exit(main(process.argv.slice(2)));
