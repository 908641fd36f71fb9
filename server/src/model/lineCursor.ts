// Where the block parser is in the current line: an offset and a column (tabs stop every 4 columns, as in
// CommonMark §2.2). A container prefix may take only part of a tab (`>\tfoo` takes one of its columns), so the
// cursor can sit inside a tab: `partial` says the tab at `pos` is partly consumed.

export class LineCursor {
  text = '';
  /** End of the line's content (before its line break). */
  end = 0;
  pos = 0;
  col = 0;
  partial = false;
  /** After `findNext`: the first character that is not a space or tab, its column, the indent before it. */
  next = 0;
  nextCol = 0;
  indent = 0;
  blank = true;

  reset(text: string, start: number, end: number): void {
    this.text = text;
    this.end = end;
    this.pos = start;
    this.col = 0;
    this.partial = false;
  }

  findNext(): void {
    const t = this.text;
    let i = this.pos;
    let c = this.col;
    while (i < this.end) {
      const ch = t.charCodeAt(i);
      if (ch === 32) {
        i++;
        c++;
      } else if (ch === 9) {
        i++;
        c += 4 - (c % 4);
      } else break;
    }
    this.next = i;
    this.nextCol = c;
    this.indent = c - this.col;
    this.blank = i >= this.end;
  }

  /** The character at the first non-blank position (after `findNext`), or -1 at the end of the line. */
  nextChar(): number {
    return this.next < this.end ? this.text.charCodeAt(this.next) : -1;
  }

  charAt(i: number): number {
    return i < this.end ? this.text.charCodeAt(i) : -1;
  }

  toNext(): void {
    this.pos = this.next;
    this.col = this.nextCol;
    this.partial = false;
  }

  /** Moves on by `count` characters, or by `count` columns when `columns` (then a tab may be taken in part). */
  advance(count: number, columns: boolean): void {
    const t = this.text;
    while (count > 0 && this.pos < this.end) {
      const ch = t.charCodeAt(this.pos);
      if (ch === 9) {
        const toTab = 4 - (this.col % 4);
        if (columns) {
          this.partial = toTab > count;
          const step = toTab > count ? count : toTab;
          this.col += step;
          if (!this.partial) this.pos++;
          count -= step;
        } else {
          this.partial = false;
          this.col += toTab;
          this.pos++;
          count--;
        }
      } else {
        this.partial = false;
        this.pos++;
        this.col++;
        count--;
      }
    }
  }
}

export function isSpaceOrTab(c: number): boolean {
  return c === 32 || c === 9;
}
