// The reference reading of inline content, for the differential tests: remark's CommonMark parser
// (mdast-util-from-markdown) decides what is a link, an image, a code span; docs-builder's own inline syntax
// (subs, anchors, roles) is then read from the source of the text nodes. Configured like docs-builder's Markdig
// pipeline: no indented code, no raw HTML. The language service itself reads inline content with its own scanner
// (server/src/model/inline.ts): these tests hold the two equal on real pages.
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes, Parents } from 'mdast';
import { bareUrlEnd, nextHttps } from '../../server/src/model/bareUrl';
import { addRole, linkParts, roleBefore, scanTextRun, type InlineSink } from '../../server/src/model/inline';

const DOCS_BUILDER = { disable: { null: ['codeIndented', 'htmlFlow', 'htmlText'] } };

function off(n: Nodes, which: 'start' | 'end'): number {
  return n.position?.[which].offset ?? 0;
}

/** docs-builder substitutes `{{…}}` in link URLs before Markdig runs: whitespace inside it is a letter here. */
function maskSubstitutions(seg: string): string {
  return seg.includes('{{') ? seg.replace(/\{\{[^}\n]*\}\}/g, (m) => m.replace(/[ \t]/g, 'x')) : seg;
}

/** A text node's source: docs-builder's bare `https://` autolinks (read with the model's rule), subs and anchors around them. */
function textRun(seg: string, s: number, e: number, out: InlineSink): void {
  let from = s;
  for (let at = nextHttps(seg, from); at >= 0 && at < e; at = nextHttps(seg, from)) {
    const end = bareUrlEnd(seg, at, e);
    if (end < 0) {
      scanTextRun(seg, from, at + 1, 'text', out);
      from = at + 1;
      continue;
    }
    scanTextRun(seg, from, at, 'text', out);
    const span = { start: at, end };
    const url = seg.slice(at, end);
    out.links.push({ start: at, end, image: false, text: url, textSpan: span, url, urlSpan: span, path: url, pathSpan: span, context: 'text', autolink: true, bare: true });
    from = end;
  }
  scanTextRun(seg, from, e, 'text', out);
}

/** The inline elements of `text[start, end)` as remark reads them, offsets into `text`. */
export function remarkInline(text: string, start: number, end: number): InlineSink {
  const seg = text.slice(start, end);
  const out: InlineSink = { links: [], subs: [], anchors: [], roles: [] };
  const tree = fromMarkdown(maskSubstitutions(seg), { extensions: [DOCS_BUILDER] });
  const visit = (node: Nodes, parent: Parents | undefined, index: number): void => {
    switch (node.type) {
      case 'link':
      case 'image': {
        const s = off(node, 'start');
        const e = off(node, 'end');
        const image = node.type === 'image';
        if (seg.charCodeAt(s) === 60) {
          const url = seg.slice(s + 1, e - 1);
          const span = { start: s + 1, end: e - 1 };
          out.links.push({ start: s, end: e, image: false, text: url, textSpan: span, url, urlSpan: span, path: url, pathSpan: span, context: 'text', autolink: true });
          return;
        }
        if (seg.charCodeAt(e - 1) !== 41) break;
        const textStart = s + (image ? 2 : 1);
        const children = 'children' in node ? node.children : [];
        const lastChildEnd = children.length ? off(children[children.length - 1], 'end') : textStart;
        const textEnd = seg.indexOf('](', lastChildEnd);
        if (textEnd < 0) break;
        const link = linkParts(seg, s, textStart, textEnd, textEnd + 2, e - 1, image, 'text');
        out.links.push(link);
        if (link.url.includes('{{')) scanTextRun(seg, link.urlSpan.start, link.urlSpan.end, 'link-url', out);
        if (image) {
          scanTextRun(seg, textStart, textEnd, 'text', out);
          return;
        }
        break;
      }
      case 'text':
        textRun(seg, off(node, 'start'), off(node, 'end'), out);
        return;
      case 'inlineCode': {
        const s = off(node, 'start');
        const e = off(node, 'end');
        const prev = parent && index > 0 ? parent.children[index - 1] : undefined;
        if (prev && prev.type === 'text') {
          const role = roleBefore(seg, s, off(prev, 'start'));
          if (role) {
            let n = 0;
            while (seg.charCodeAt(s + n) === 96) n++;
            addRole(seg, role, s, n, e - n, out);
          }
        }
        return;
      }
      case 'code':
      case 'html':
        return;
    }
    if ('children' in node) {
      const p = node as Parents;
      p.children.forEach((child, i) => visit(child, p, i));
    }
  };
  visit(tree, undefined, 0);
  const shift = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start + start, end: x.end + start });
  return {
    links: out.links.map((l) => ({ ...shift(l), urlSpan: { start: l.urlSpan.start + start, end: l.urlSpan.end + start } })),
    subs: out.subs.map(shift), anchors: out.anchors.map(shift), roles: out.roles.map(shift),
  };
}
