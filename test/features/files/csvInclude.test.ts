// `{csv-include}` (CsvIncludeBlock.cs, CsvIncludeViewModel.cs): outside the docset, missing, over 10 MB, and the
// row and column limits of the rendered table. Test titles name the docs-builder test
// (tests/Elastic.Markdown.Tests/Directives/CsvIncludeTests.cs) a case comes from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { r } from '../../helpers';
import { csvShape } from '../../../server/src/features/files/csvInclude';
import { diagnose, diagnoseOnWindows } from './util';

const show = (ds: { code: string; range: Parameters<typeof r>[0]; message: string; severity: string }[]) => ds.map((d) => `${d.severity} ${d.code} ${r(d.range)} ${d.message}`);
const PAGE = '# P\n\n:::{csv-include} test-data.csv\n:::\n';

test('csv-include: a CSV file in the docset gives nothing (docs-builder CsvIncludeTests, CsvIncludeWithQuotesTests)', async () => {
  const ds = await diagnose({ 'docs/page.md': PAGE, 'docs/test-data.csv': 'Name,Description,Location\nJohn Doe,"Software Engineer, Senior",New York\n' });
  assert.deepEqual(ds, []);
});

test('csv.not-found: the absolute path (docs-builder CsvIncludeNotFoundTests)', async () => {
  const ds = await diagnose({ 'docs/page.md': '# P\n\n:::{csv-include} missing-file.csv\n:::\n' });
  assert.deepEqual(show(ds), ['error csv.not-found 2:17-2:33 CSV file `/ws/docs/missing-file.csv` does not exist.']);
});

test('csv.outside-docset: a path that leaves the docset folder', async () => {
  const ds = await diagnose({ 'docs/page.md': '# P\n\n:::{csv-include} ../data.csv\n:::\n', 'data.csv': 'a,b\n' });
  assert.deepEqual(show(ds), ['error csv.outside-docset 2:17-2:28 CSV path must resolve within the documentation source directory.']);
});

test('csv.too-large: over 10 MB, with the sizes docs-builder prints', async () => {
  const ds = await diagnose({ 'docs/page.md': PAGE, 'docs/test-data.csv': 'a,b\n'.repeat(2_700_000) });
  assert.deepEqual(show(ds), ['error csv.too-large 2:17-2:30 CSV file `/ws/docs/test-data.csv` is 10.3MB, which exceeds the maximum allowed size of 10.0MB.']);
});

test('csv.too-many-rows: more than 25,000 rows (a header and 25,000 more); exactly 25,000 is fine', async () => {
  const over = await diagnose({ 'docs/page.md': PAGE, 'docs/test-data.csv': `h\n${'x\n'.repeat(25000)}` });
  assert.deepEqual(show(over), ['warning csv.too-many-rows 2:17-2:30 CSV file contains more than 25000 rows. Only the first 25000 rows will be displayed.']);
  assert.deepEqual(await diagnose({ 'docs/page.md': PAGE, 'docs/test-data.csv': 'x\n'.repeat(25000) }), []);
});

test('csv.too-many-columns: a row of 16 columns; the `:separator:` decides what a column is (docs-builder CsvIncludeWithOptionsTests)', async () => {
  const wide = `${Array.from({ length: 16 }, (_, i) => `c${i}`).join(',')}\n`;
  const ds = await diagnose({ 'docs/page.md': PAGE, 'docs/test-data.csv': `a,b\n${wide}` });
  assert.deepEqual(show(ds), ['warning csv.too-many-columns 2:17-2:30 CSV file contains more than 15 columns. Only the first 15 columns will be displayed.']);
  const semi = await diagnose({ 'docs/page.md': '# P\n\n:::{csv-include} test-data.csv\n:caption: Sample User Data\n:separator: ;\n:::\n', 'docs/test-data.csv': `Name;Age\n${wide}` });
  assert.deepEqual(semi, []);
});

test('csvShape: quotes hold separators and line ends, CRLF and CR end rows, a last line without its end counts', () => {
  assert.deepEqual(csvShape('a,"b,c"\r\n"multi\nline",d\re', ','), { rows: 3, wide: false });
  assert.deepEqual(csvShape('', ','), { rows: 0, wide: false });
  assert.deepEqual(csvShape(`${','.repeat(15)}\n`, ','), { rows: 1, wide: true });
  assert.deepEqual(csvShape(`"${','.repeat(20)}"\n`, ','), { rows: 1, wide: false });
});

test('csv.absolute-path: only on Windows (a drive, or `\\` after the leading `/`s); on Linux and macOS the path is only missing', async () => {
  const page = '# P\n\n:::{csv-include} C:\\data\\a.csv\n:::\n\n:::{csv-include} //data.csv\n:::\n';
  const files = { 'docs/page.md': page, 'docs/data.csv': 'a,b\n' };
  assert.deepEqual(show(await diagnose(files)), ['error csv.not-found 2:17-2:30 CSV file `/ws/docs/C:\\data\\a.csv` does not exist.']);
  assert.deepEqual(show(await diagnoseOnWindows(files)), ['error csv.absolute-path 2:17-2:30 CSV path must not be an absolute path.']);
});
