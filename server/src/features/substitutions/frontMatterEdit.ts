// The edit that adds `key: ""` to a page's front-matter `sub:` map: after its last entry (same indentation),
// under an empty `sub:`, inside a flow map `{…}`, as a new `sub:` before the closing `---`, or as a new front
// matter block at the top of the page.
import { isMap, isScalar, type Node } from 'yaml';
import type { TextEdit } from 'vscode-languageserver-types';
import { topLevel } from '../../model/frontMatter';
import type { Page } from '../../model/types';
import { yamlKey } from './symbols';

function lineBreak(page: Page): string {
  return page.text.includes('\r\n') ? '\r\n' : '\n';
}

function insert(page: Page, offset: number, text: string): TextEdit {
  const p = page.lines.positionAt(offset);
  return { range: { start: p, end: p }, newText: text };
}

/** The edit, or undefined when the front matter is unclosed or `sub:` is not a map. */
export function defineInFrontMatter(page: Page, key: string): TextEdit | undefined {
  const nl = lineBreak(page);
  const entry = `${yamlKey(key)}: ""`;
  const fm = page.frontMatter;
  if (!fm) return insert(page, 0, `---${nl}sub:${nl}  ${entry}${nl}---${nl}${nl}`);
  if (!fm.closed || !fm.doc || fm.doc.errors.length > 0) return undefined;
  const L = page.lines;
  const contentEnd = fm.content.end;
  const contents = fm.doc.contents;
  const hasSub = isMap(contents) && contents.items.some((p) => isScalar(p.key) && p.key.value === 'sub');
  if (!hasSub) {
    // Before the closing `---`: the content ends at its line start (or the content is empty).
    const at = L.starts[L.lineAt(fm.content.end === fm.content.start ? fm.content.start : contentEnd)];
    const atLineStart = contentEnd === at;
    return insert(page, atLineStart ? at : contentEnd, `${atLineStart ? '' : nl}sub:${nl}  ${entry}${nl}`);
  }
  const node = topLevel(fm.doc, 'sub') as Node | null | undefined;
  if (node == null || (isScalar(node) && node.value === null)) {
    // `sub:` with nothing under it: the entry goes on the next line.
    const pair = isMap(contents) ? contents.items.find((p) => isScalar(p.key) && p.key.value === 'sub') : undefined;
    const keyEnd = isScalar(pair?.key) && pair.key.range ? pair.key.range[1] : contentEnd;
    const line = L.lineAt(keyEnd);
    return insert(page, L.lineEnd(line), `${nl}  ${entry}`);
  }
  if (!isMap(node) || !node.range) return undefined;
  if (node.flow) {
    const close = page.text.lastIndexOf('}', node.range[1]);
    if (close < 0) return undefined;
    return insert(page, close, node.items.length ? `, ${entry}` : entry);
  }
  const first = node.items[0];
  const firstKey = first && isScalar(first.key) && first.key.range ? first.key.range[0] : node.range[0];
  const indent = firstKey - L.starts[L.lineAt(firstKey)];
  const lastLine = L.lineAt(Math.max(node.range[0], node.range[1] - 1));
  return insert(page, L.lineEnd(lastLine), `${nl}${' '.repeat(indent)}${entry}`);
}
