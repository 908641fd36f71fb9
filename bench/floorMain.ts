// `node dist/bench/floorMain.js floor|markdown-it <dir>`: the reference points for `check` as whole processes.
// `floor`: list every `.md` under <dir>, read it, run one regex over it (what no checker can beat); `markdown-it`:
// the same with markdown-it parsing each page instead (VS Code's Markdown engine, tokens only). One JSON line.
// @ts-expect-error markdown-it ships no typings and @types/markdown-it is not installed here.
import MarkdownIt from 'markdown-it';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function markdownFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) markdownFiles(join(dir, e.name), out);
    else if (e.name.endsWith('.md')) out.push(join(dir, e.name));
  }
  return out;
}

const [mode, dir] = process.argv.slice(2);
if (!dir || (mode !== 'floor' && mode !== 'markdown-it')) {
  process.stderr.write('usage: node dist/bench/floorMain.js floor|markdown-it <dir>\n');
  process.exit(2);
}
const t0 = performance.now();
const paths = markdownFiles(dir);
const md: { parse(src: string, env: object): unknown[] } | undefined = mode === 'markdown-it' ? new MarkdownIt({ html: true, linkify: true }) : undefined;
let found = 0;
let bytes = 0;
for (const p of paths) {
  const text = readFileSync(p, 'utf8');
  bytes += text.length;
  if (md) found += md.parse(text, {}).length;
  else for (const _ of text.matchAll(/\]\(([^)\s]+)\)/g)) found++;
}
process.stdout.write(`${JSON.stringify({ mode, files: paths.length, bytes, found, ms: performance.now() - t0 })}\n`);
