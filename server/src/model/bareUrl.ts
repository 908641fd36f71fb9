// docs-builder's bare-URL autolinks (Myst/InlineParsers/AutoLinkInlineParser.cs): wherever inline parsing reaches an
// `h` that starts `https://` (any case), the URL runs to white space, a control character, `<`, `>`, an unbalanced
// `)` or `]`, less trailing `.,;:!?'"`; it is no link when it is `https://` alone, holds `[`, `]`, `{{` or `}}`, has
// an explicit port, or its host is localhost, 127.0.0.1 or example.com/.org/.net (or a subdomain of one). The
// inline scanner (./inline.ts) asks here at each `https://` it reaches; the text it consumes is read no further.

/** The next `https://` at or after `from`, remembered per text: units are scanned in order, so the search is linear. */
const NEXT = { text: '', from: -1, at: -1 };

function isHttps(text: string, i: number): boolean {
  return (text.charCodeAt(i) | 32) === 104 && (text.charCodeAt(i + 1) | 32) === 116 && (text.charCodeAt(i + 2) | 32) === 116
    && (text.charCodeAt(i + 3) | 32) === 112 && (text.charCodeAt(i + 4) | 32) === 115;
}

/** The memo lets go of its text (inline.ts, forgetScannedText). */
export function forgetUrlScan(): void {
  NEXT.text = '';
}

/** Offset of the next `https://` (any case) starting at or after `from`, or -1. */
export function nextHttps(text: string, from: number): number {
  const m = NEXT;
  if (m.text === text && from >= m.from && (m.at < 0 || from <= m.at)) return m.at;
  let at = -1;
  let j = from + 5;
  for (;;) {
    const k = text.indexOf('://', j);
    if (k < 0) break;
    if (isHttps(text, k - 5)) {
      at = k - 5;
      break;
    }
    j = k + 1;
  }
  m.text = text;
  m.from = from;
  m.at = at;
  return at;
}

/** .NET `char.IsWhiteSpace` or `char.IsControl`. */
function endsUrl(c: number): boolean {
  if (c <= 32) return true;
  if (c < 127) return false;
  return c <= 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** Sentence punctuation docs-builder trims off the end of a URL. */
function trailing(c: number): boolean {
  return c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 39 || c === 34;
}

const EXCLUDED_HOSTS = ['localhost', '127.0.0.1', 'example.com', 'example.org', 'example.net'];

/** docs-builder's `ShouldExcludeUrl`. */
function excluded(url: string): boolean {
  if (url.includes('[') || url.includes(']') || url.includes('{{') || url.includes('}}')) return true;
  const rest = url.slice(8);
  const stop = rest.search(/[/?#]/);
  const authority = stop < 0 ? rest : rest.slice(0, stop);
  const colon = authority.lastIndexOf(':');
  if (colon > 0 && /^\p{Nd}+$/u.test(authority.slice(colon + 1))) return true;
  const host = (colon > 0 ? authority.slice(0, colon) : authority).toLowerCase();
  return EXCLUDED_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
}

/** End (exclusive) of the bare URL docs-builder autolinks at `i` (an `https://`), within `[i, end)`; -1 when none. */
export function bareUrlEnd(text: string, i: number, end: number): number {
  let len = 0;
  let parens = 0;
  let brackets = 0;
  for (let k = i; k < end; k++) {
    const c = text.charCodeAt(k);
    if (endsUrl(c)) break;
    if (c === 40) parens++;
    else if (c === 41) {
      if (parens === 0) break;
      parens--;
    }
    if (c === 91) brackets++;
    else if (c === 93) {
      if (brackets === 0) break;
      brackets--;
    }
    if (c === 60 || c === 62) break;
    len = k - i + 1;
  }
  while (len > 0 && trailing(text.charCodeAt(i + len - 1))) len--;
  if (len <= 8 || excluded(text.slice(i, i + len))) return -1;
  return i + len;
}
