// Hover on a classic callout marker (`<2>`) in a code block: the text of the list item docs-builder renders for it
// (the list after the block, item n for `<n>`), or why there is none.
import type { Hover } from 'vscode-languageserver-types';
import type { FeatureContext } from '../../types';
import { markdownHover } from '../util';
import { codeCallouts } from './callouts';
import { blocksAfterCodeBlock } from './followingBlocks';

export function calloutHover(ctx: FeatureContext, offset: number): Hover | undefined {
  const { page } = ctx;
  const cb = page.codeBlocks.find((c) => offset >= c.content.start && offset <= c.content.end);
  if (!cb) return undefined;
  const callouts = codeCallouts(page, cb);
  const marker = callouts.find((c) => !c.inline && offset >= c.start && offset <= c.end);
  if (!marker || callouts.some((c) => c.inline)) return undefined;
  const list = blocksAfterCodeBlock(page, cb)?.find((b) => b.kind === 'list');
  const item = list?.items?.[marker.index - 1];
  const value = item
    ? `**Callout ${marker.index}**: ${item.text}`
    : list
      ? `**Callout ${marker.index}**: the list after this code block has only ${list.items?.length ?? 0} item(s).`
      : `**Callout ${marker.index}**: no list follows this code block.`;
  return markdownHover(page, value, marker);
}
