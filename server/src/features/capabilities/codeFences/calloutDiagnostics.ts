// docs-builder's callout rules, at the code block's opening line: both callout styles in one block
// (`code.callout-mixed`, EnhancedCodeBlockParser.cs), and for classic `<n>` markers the list that must follow
// among the blocks after it in its container (EnhancedCodeBlockHtmlRenderer.cs, followingBlocks.ts): nothing
// after the block (`code.callout-no-content`), no list before the container ends (`code.callout-no-list`), more
// than one block between the code and its list, `%` comments not counted (`code.callout-blocks`), and a list with
// fewer items than distinct callouts (`code.callout-count`). All Errors. Mermaid blocks are rendered without the
// list check.
import type { Page } from '../../../model/types';
import type { DocDiagnostic } from '../../../types';
import { codeCallouts, renderedLanguage, uniqueCallouts } from './callouts';
import { blocksAfterCodeBlock } from './followingBlocks';

/**
 * Whether `[start, end)` of the text holds one of `needles`, each found with a cursor that only moves forward:
 * asked about stretches in document order, the text is searched once per needle.
 */
function forwardSearch(text: string, needles: string[]): (start: number, end: number) => boolean {
  const at = needles.map(() => -1);
  return (start, end) => needles.some((n, i) => {
    if (at[i] < start) {
      const k = text.indexOf(n, start);
      at[i] = k < 0 ? Infinity : k;
    }
    return at[i] < end;
  });
}

export function calloutDiagnostics(page: Page): DocDiagnostic[] {
  const out: DocDiagnostic[] = [];
  // A callout line ends in `>` (classic) or has a ` # ` / ` // ` comment (magic): a block with none of the three has none.
  const mayHold = forwardSearch(page.text, ['>', '#', '//']);
  for (const cb of page.codeBlocks) {
    if (!mayHold(cb.content.start, cb.content.end)) continue;
    const callouts = codeCallouts(page, cb);
    if (callouts.length === 0) continue;
    const range = page.lines.range(cb.open.start, cb.open.end);
    const error = (code: string, message: string) => out.push({ code, severity: 'error', message, range });
    const inline = callouts.some((c) => c.inline);
    if (inline && callouts.some((c) => !c.inline)) error('code.callout-mixed', 'Both inline and classic callouts are not supported');
    if (inline || renderedLanguage(cb) === 'mermaid') continue;
    const blocks = blocksAfterCodeBlock(page, cb);
    if (!blocks) continue;
    if (blocks.length === 0) {
      error('code.callout-no-content', 'Code block with annotations is not followed by any content, needs numbered list');
      continue;
    }
    const between = blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'other').length;
    const list = blocks.find((b) => b.kind === 'list');
    const unique = uniqueCallouts(callouts);
    if (between > 1) error('code.callout-blocks', 'More than one content block between code block with annotations and its list');
    else if (!list) error('code.callout-no-list', 'Code block with annotations is not followed by a list');
    else if ((list.items?.length ?? 0) < unique) error('code.callout-count', `Code block has ${unique} callouts but the following list only has ${list.items?.length ?? 0}`);
  }
  return out;
}
