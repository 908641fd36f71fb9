// Link reference definitions (CommonMark §4.7) at the start of a paragraph: `[label]: destination "title"`.
// They are not paragraph text; a paragraph made only of them is no paragraph (and cannot be a setext heading).

function isWs(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11;
}

/** Skips spaces and tabs, and at most one line break; -1 when that would cross a blank line. */
function skipSpace(s: string, i: number): { i: number; newline: boolean } {
  let newline = false;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9) i++;
    else if (c === 10 && !newline) {
      newline = true;
      i++;
    } else break;
  }
  return { i, newline };
}

function atLineEnd(s: string, i: number): number {
  while (i < s.length && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9)) i++;
  if (i >= s.length) return s.length;
  return s.charCodeAt(i) === 10 ? i + 1 : -1;
}

function label(s: string, i: number): number {
  if (s.charCodeAt(i) !== 91) return -1;
  let j = i + 1;
  let nonBlank = false;
  while (j < s.length && j - i <= 1000) {
    const c = s.charCodeAt(j);
    if (c === 92 && j + 1 < s.length) {
      nonBlank = true;
      j += 2;
      continue;
    }
    if (c === 91) return -1;
    if (c === 93) return nonBlank && j - i - 1 <= 999 ? j : -1;
    if (c === 10 && s.charCodeAt(skipSpace(s, j + 1).i) === 10) return -1;
    if (!isWs(c)) nonBlank = true;
    j++;
  }
  return -1;
}

function destination(s: string, i: number): number {
  if (s.charCodeAt(i) === 60) {
    let j = i + 1;
    while (j < s.length) {
      const c = s.charCodeAt(j);
      if (c === 92) j += 2;
      else if (c === 62) return j + 1;
      else if (c === 60 || c === 10) return -1;
      else j++;
    }
    return -1;
  }
  let j = i;
  let depth = 0;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (c === 92 && j + 1 < s.length && s.charCodeAt(j + 1) !== 10) j += 2;
    else if (c === 40) {
      depth++;
      if (depth > 32) return -1;
      j++;
    } else if (c === 41) {
      if (depth === 0) break;
      depth--;
      j++;
    } else if (c <= 32 || c === 127) break;
    else j++;
  }
  return j === i || depth !== 0 ? -1 : j;
}

function title(s: string, i: number): number {
  const open = s.charCodeAt(i);
  const close = open === 40 ? 41 : open;
  if (open !== 34 && open !== 39 && open !== 40) return -1;
  let j = i + 1;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (c === 92) j += 2;
    else if (c === close) return j + 1;
    else if (open === 40 && c === 40) return -1;
    else if (c === 10 && s.charCodeAt(skipSpace(s, j + 1).i) === 10) return -1;
    else j++;
  }
  return -1;
}

/** End of the definition starting at `i` of `s` (at a line start, or `s.length`), or -1 when there is none. */
export function linkDefinitionEnd(s: string, i: number): number {
  const l = label(s, i);
  if (l < 0 || s.charCodeAt(l + 1) !== 58) return -1;
  const d0 = skipSpace(s, l + 2).i;
  const d1 = destination(s, d0);
  if (d1 < 0) return -1;
  const afterDest = atLineEnd(s, d1);
  const t = skipSpace(s, d1);
  if (t.i > d1 && t.i < s.length) {
    const t1 = title(s, t.i);
    if (t1 >= 0) {
      const end = atLineEnd(s, t1);
      if (end >= 0) return end;
    }
  }
  return afterDest;
}
