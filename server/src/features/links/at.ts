// What sits under the cursor, for navigation, hover and rename: an anchor definition (heading ≥ H2, `$$$anchor$$$`,
// `:name:`, step anchor), the page title (H1), a link, or an `{include}` path. Read from the page model.
import { pageAnchors, type AnchorTarget } from '../../model/anchors';
import type { Directive, Heading, Link, Page } from '../../model/types';
import { includeDirectives } from './targetAnchors';

export interface AnchorAt {
  target: AnchorTarget;
  heading?: Heading;
}

const within = (s: { start: number; end: number }, o: number) => o >= s.start && o <= s.end;

/** The anchor defined at `offset` (for a heading: anywhere on its line). */
export function anchorAt(page: Page, offset: number): AnchorAt | undefined {
  for (const t of pageAnchors(page)) {
    if (!within(t.span, offset)) continue;
    if (t.kind === 'heading') return { target: t, heading: page.headings.find((h) => h.start === t.span.start) };
    // A `$$$anchor$$$` inside a heading line wins over the heading.
    return { target: t };
  }
  return undefined;
}

/** `anchorAt` with the inline anchors checked first (they sit inside heading spans). */
export function definitionAt(page: Page, offset: number): AnchorAt | undefined {
  const inline = pageAnchors(page).find((t) => t.kind !== 'heading' && within(t.span, offset));
  return inline ? { target: inline } : anchorAt(page, offset);
}

export function titleAt(page: Page, offset: number): Heading | undefined {
  return page.headings.find((h) => h.level === 1 && within(h, offset));
}

export function linkAt(page: Page, offset: number): Link | undefined {
  return page.links.find((l) => within(l, offset) && !l.autolink);
}

export function includeAt(page: Page, offset: number): Directive | undefined {
  return includeDirectives(page).find((d) => within(d.argumentSpan, offset));
}
