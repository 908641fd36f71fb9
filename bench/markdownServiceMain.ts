// `node dist/bench/markdownServiceMain.js <dir>`: VS Code's Markdown link validation over <dir>, one JSON line
// ({ files, ms, diagnostics, heapMB }), so the whole process can be timed too.
import { validateWithVscodeMarkdown } from './markdownService';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: node dist/bench/markdownServiceMain.js <dir>\n');
  process.exit(2);
}
validateWithVscodeMarkdown(dir).then(
  (r) => process.stdout.write(`${JSON.stringify(r)}\n`),
  (e) => { process.stderr.write(`${e instanceof Error ? e.stack : e}\n`); process.exit(1); },
);
