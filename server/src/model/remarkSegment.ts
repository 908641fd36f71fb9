// The CommonMark reader for a Markdown segment: remark's parser (mdast-util-from-markdown, what remark-parse
// runs) decides what is a heading, a link, a code span; docs-builder's own inline syntax (subs, anchors,
// roles) is then read from the source of the text nodes. Configured like docs-builder's Markdig pipeline:
// no indented code blocks, no raw HTML.
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes, Parents } from 'mdast';
import { addRole, linkParts, roleBefore, scanTextRun } from './inline';
import { atxRaw, makeHeading, type SegmentReader, type SegmentResult } from './segments';

const DOCS_BUILDER = { disable: { null: ['codeIndented', 'htmlFlow', 'htmlText'] } };

function off(n: Nodes, which: 'start' | 'end'): number {
  return n.position?.[which].offset ?? 0;
}

/**
 * docs-builder substitutes `{{…}}` in link URLs before Markdig runs (PreprocessLinkSubstitutions), so
 * `[t](https://x/{{version | M.M}}/y)` is a link although its source has spaces. Whitespace inside `{{…}}`
 * becomes a letter for the parser only; offsets are unchanged and every text is read from the source.
 */
function maskSubstitutions(seg: string): string {
  return seg.includes('{{') ? seg.replace(/\{\{[^}\n]*\}\}/g, (m) => m.replace(/[ \t]/g, 'x')) : seg;
}

export const remarkSegment: SegmentReader = (seg) => {
  const out: SegmentResult = { headings: [], links: [], subs: [], anchors: [], roles: [] };
  const tree = fromMarkdown(maskSubstitutions(seg), { extensions: [DOCS_BUILDER] });

  const visit = (node: Nodes, parent: Parents | undefined, index: number): void => {
    switch (node.type) {
      case 'heading': {
        const s = off(node, 'start');
        const e = off(node, 'end');
        const firstLineEnd = seg.indexOf('\n', s);
        const lineEnd = firstLineEnd < 0 || firstLineEnd > e ? e : firstLineEnd;
        const line = seg.slice(s, lineEnd).replace(/\r$/, '');
        const atx = /^(#{1,6})/.exec(line);
        if (atx) {
          const markEnd = atx[1].length;
          const { raw, offset } = atxRaw(line, markEnd);
          out.headings.push(makeHeading(node.depth, raw, s + offset, s, s + line.length, false));
        } else {
          const lead = line.length - line.trimStart().length;
          out.headings.push(makeHeading(node.depth, line.trim(), s + lead, s + lead, e, true));
        }
        break;
      }
      case 'link':
      case 'image': {
        const s = off(node, 'start');
        const e = off(node, 'end');
        const image = node.type === 'image';
        if (seg.charCodeAt(s) === 60) {
          // <autolink>
          const url = seg.slice(s + 1, e - 1);
          const span = { start: s + 1, end: e - 1 };
          out.links.push({ start: s, end: e, image: false, text: url, textSpan: span, url, urlSpan: span, path: url, pathSpan: span, context: 'text', autolink: true });
          return;
        }
        if (seg.charCodeAt(e - 1) !== 41) break; // reference-style links: no destination in the source
        const textStart = s + (image ? 2 : 1);
        // The text ends at the `](` after the last child (or right away for empty text).
        const children = 'children' in node ? node.children : [];
        const lastChildEnd = children.length ? off(children[children.length - 1], 'end') : textStart;
        const textEnd = seg.indexOf('](', lastChildEnd);
        if (textEnd < 0) break;
        const link = linkParts(seg, s, textStart, textEnd, textEnd + 2, e - 1, image, 'text');
        out.links.push(link);
        if (link.url.includes('{{')) scanTextRun(seg, link.urlSpan.start, link.urlSpan.end, 'link-url', out);
        if (image) {
          // Alt text is not a child node: read it for subs and anchors like text.
          scanTextRun(seg, textStart, textEnd, 'text', out);
          return;
        }
        break;
      }
      case 'text':
        scanTextRun(seg, off(node, 'start'), off(node, 'end'), 'text', out);
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
  return out;
};
