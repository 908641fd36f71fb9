// `{csv-include}`, as CsvIncludeBlock.cs and CsvIncludeViewModel.cs check it: the path must not be absolute (Error;
// only a Windows path can be: files/paths.ts `rootedPath`), must stay inside the docset (Error), the file must exist
// (Error) and be at most 10 MB (Error); when rendered, more than 25,000 rows or a row of more than 15 columns is
// cut, with a Warning each. Rows are read as the Sep reader does: the separator (the first character of
// `:separator:` / `:delimiter:`, default `,`) splits columns, line ends split rows, and double quotes hold both.
// Counts are kept per file version (size and modification time), so an edit to the page reads no CSV again.
import type { Range } from 'vscode-languageserver-types';
import type { Docset } from '../../docset/docset';
import { copy } from '../../index/strings';
import type { Page } from '../../model/types';
import type { DocDiagnostic } from '../../types';
import type { FileHost } from './host';
import { displayPath, insideDocset, pathArgument, rootedPath, targetUri } from './paths';

export const CSV_MAX_BYTES = 10 * 1024 * 1024;
export const CSV_MAX_ROWS = 25000;
export const CSV_MAX_COLUMNS = 15;

export interface CsvRef {
  path: string;
  range: Range;
  separator: string;
}

export function gatherCsvRefs(page: Page): CsvRef[] {
  const out: CsvRef[] = [];
  for (const d of page.directives) {
    if (d.name !== 'csv-include') continue;
    const arg = pathArgument(d);
    if (!arg) continue;
    const sep = d.options.find((o) => o.key === 'separator' || o.key === 'delimiter')?.value ?? '';
    // Copies, not slices of the page text: a batch run keeps these while the texts are long gone.
    out.push({ path: copy(arg.path), range: page.lines.range(arg.span.start, arg.span.end), separator: sep === '' ? ',' : sep[0] });
  }
  return out;
}

export interface CsvShape {
  /** Rows in the file (docs-builder reads no header row). */
  rows: number;
  /** Whether a row among the first CSV_MAX_ROWS has more than CSV_MAX_COLUMNS columns. */
  wide: boolean;
}

/** Rows and width of CSV text, read like Sep: quotes hold separators and line ends; CRLF, LF and CR end rows. */
export function csvShape(text: string, separator: string): CsvShape {
  const sep = separator.charCodeAt(0);
  let rows = 0;
  let cols = 1;
  let wide = false;
  let quoted = false;
  let rowHasText = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      quoted = !quoted;
      rowHasText = true;
    } else if (quoted) {
      continue;
    } else if (c === sep) {
      cols++;
      rowHasText = true;
    } else if (c === 10 || c === 13) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      if (rows < CSV_MAX_ROWS && cols > CSV_MAX_COLUMNS) wide = true;
      rows++;
      cols = 1;
      rowHasText = false;
    } else rowHasText = true;
  }
  if (rowHasText) {
    if (rows < CSV_MAX_ROWS && cols > CSV_MAX_COLUMNS) wide = true;
    rows++;
  }
  return { rows, wide };
}

const shapes = new Map<string, { key: string; shape: CsvShape }>();

async function shapeOf(host: FileHost, uri: string, size: number, mtime: number, separator: string): Promise<CsvShape | undefined> {
  const key = `${size}:${mtime}:${separator}`;
  const known = shapes.get(uri);
  if (known?.key === key) return known.shape;
  const text = await host.env.workspace.readFile(uri).catch(() => undefined);
  if (text === undefined) return undefined;
  const shape = csvShape(text, separator);
  // A host without modification times (the in-memory one) cannot tell versions apart: nothing is kept.
  if (mtime === 0) return shape;
  if (shapes.size >= 100) shapes.delete(shapes.keys().next().value as string);
  shapes.set(uri, { key, shape });
  return shape;
}

function d(code: string, severity: 'error' | 'warning', message: string, range: Range): DocDiagnostic {
  return { code, severity, message, range };
}

export async function checkCsvIncludes(host: FileHost, uri: string, docset: Docset | undefined, refs: readonly CsvRef[]): Promise<DocDiagnostic[]> {
  const out: DocDiagnostic[] = [];
  for (const ref of refs) {
    if (rootedPath(ref.path.replace(/^\/+/, ''), uri)) {
      out.push(d('csv.absolute-path', 'error', 'CSV path must not be an absolute path.', ref.range));
      continue;
    }
    const target = targetUri(uri, ref.path, docset, host.roots);
    if (docset && !insideDocset(target, docset)) {
      out.push(d('csv.outside-docset', 'error', 'CSV path must resolve within the documentation source directory.', ref.range));
      continue;
    }
    if (host.isOutside(target)) continue;
    const st = await host.stat(target);
    const shown = displayPath(target);
    if (st?.type !== 'file') {
      out.push(d('csv.not-found', 'error', `CSV file \`${shown}\` does not exist.`, ref.range));
      continue;
    }
    if (st.size > CSV_MAX_BYTES) {
      const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
      out.push(d('csv.too-large', 'error', `CSV file \`${shown}\` is ${mb(st.size)}MB, which exceeds the maximum allowed size of ${mb(CSV_MAX_BYTES)}MB.`, ref.range));
      continue;
    }
    const shape = await shapeOf(host, target, st.size, st.mtime, ref.separator);
    if (!shape) continue;
    if (shape.wide) {
      out.push(d('csv.too-many-columns', 'warning', `CSV file contains more than ${CSV_MAX_COLUMNS} columns. Only the first ${CSV_MAX_COLUMNS} columns will be displayed.`, ref.range));
    }
    if (shape.rows > CSV_MAX_ROWS) {
      out.push(d('csv.too-many-rows', 'warning', `CSV file contains more than ${CSV_MAX_ROWS} rows. Only the first ${CSV_MAX_ROWS} rows will be displayed.`, ref.range));
    }
  }
  return out;
}
