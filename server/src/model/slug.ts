// Heading ids exactly as docs-builder computes them (spec §2.2–2.3): raw heading source, `{icon}` roles
// removed, a trailing `[custom-id]` taking over, `$$$…$$$` removed, then Slugify.Core's default slug.

const ICON_ROLE = /\{icon\}`[^`]*`/g;
const INLINE_ANCHOR = /\$\$\$[^$]+\$\$\$/g;
/** HeadingAnchorParser.MatchAnchor: the line ends with `[` + one or more non-`[` characters + `]`, then spaces. */
const CUSTOM_ID = /\[([^[]+)\]\s*$/;

const ALREADY_SLUG = /^(?!.*--)[a-z0-9._-]*$/;
const ASCII = /^[\t\n\v\f\r\x20-\x7e]*$/;

/** Slugify.Core 4.0.1 `SlugHelper` with its default configuration. */
export function slugify(text: string): string {
  // Fast ways with the same result: text that is a slug already, and ASCII text (nothing to decompose).
  if (ALREADY_SLUG.test(text)) return text;
  if (ASCII.test(text)) return text.trim().replace(/\s+/g, '-').replace(/[^a-zA-Z0-9._-]+/g, '').toLowerCase().replace(/-+/g, '-');
  return slugifyFull(text);
}

/** The reference: every step of SlugHelper. */
export function slugifyFull(text: string): string {
  return text
    .normalize('NFD')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .replace(/ /g, '-')
    .replace(/\p{Mn}/gu, '')
    .replace(/[^a-zA-Z0-9._-]/g, '')
    .replace(/-+/g, '-');
}

export interface HeadingId {
  id: string;
  /** The heading text as shown (custom id removed). */
  title: string;
  /** The `[custom-id]` text and its offset within the raw text, when present. */
  custom?: { text: string; start: number; end: number };
}

/** Computes a heading's id from the raw source after the `#` marks (trimmed, closing #s removed). */
export function headingId(raw: string): HeadingId {
  // The patterns only when their characters are there (most headings have neither).
  const header = (raw.includes('{icon}') ? raw.replace(ICON_ROLE, '') : raw).trim();
  const m = raw.includes(']') ? CUSTOM_ID.exec(raw) : null;
  if (m) {
    const title = raw.slice(0, m.index).trim();
    let source = m[1];
    if (source.includes('$')) source = source.replace(INLINE_ANCHOR, '');
    return { id: slugify(source), title, custom: { text: m[1], start: m.index + 1, end: m.index + 1 + m[1].length } };
  }
  const source = header.includes('$') ? header.replace(INLINE_ANCHOR, '') : header;
  return { id: slugify(source), title: header };
}
