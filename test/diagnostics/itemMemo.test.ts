// The rules' diagnostics per item kept from a document's last version (diagnostics/itemMemo.ts): what is found
// again, what is moved, and what makes them be made again. That each version's diagnostics equal a fresh service's
// is in test/reliability/properties.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { r, service, uri } from '../helpers';
import type { DocDiagnostic } from '../../server/src/types';

const PAGE = ['# T', '', 'A {{one}} here.', '', 'B {{two}} there.', '', 'C {{x | bogus}} last.', ''].join('\n');
const subs = (ds: DocDiagnostic[]) => ds.filter((d) => d.code.startsWith('sub.'));

test('an edit on one line: the other lines\' substitution diagnostics are the same objects, moved when lines were added', async () => {
  const { ls } = service({ 'docs/docset.yml': 'subs:\n  x: y\n', 'docs/p.md': PAGE });
  const doc = (text: string, version: number) => ({ uri: uri('docs/p.md'), version, text });
  const first = subs(await ls.diagnostics(doc(PAGE, 1)));
  assert.deepEqual(first.map((d) => `${d.code} ${r(d.range)}`), ['sub.undefined 2:4-2:7', 'sub.undefined 4:4-4:7', 'sub.mutation-unknown 6:8-6:13']);
  const typed = PAGE.replace('B {{two}}', 'Bx {{two}}');
  const second = subs(await ls.diagnostics(doc(typed, 2)));
  assert.equal(second[0], first[0], 'before the edit: found again');
  assert.equal(r(second[1].range), '4:5-4:8', 'on the edited line: made again');
  assert.equal(second[2], first[2], 'after the edit, same lines: found again');
  const split = typed.replace('Bx {{two}}', 'Bx\n\n{{two}}');
  const third = subs(await ls.diagnostics(doc(split, 3)));
  assert.equal(third[0], first[0]);
  assert.deepEqual(third.map((d) => r(d.range)), ['2:4-2:7', '6:2-6:5', '8:8-8:13']);
  assert.notEqual(third[2], second[2], 'two lines further down: a moved copy');
  assert.equal(third[2].message, second[2].message);
});

test('a new docset (its substitutions changed) or a new title makes them again', async () => {
  const { ws, ls } = service({ 'docs/docset.yml': 'subs:\n  x: y\n', 'docs/p.md': PAGE });
  const doc = (text: string, version: number) => ({ uri: uri('docs/p.md'), version, text });
  assert.equal(subs(await ls.diagnostics(doc(PAGE, 1))).length, 3);
  ws.files.set(uri('docs/docset.yml'), 'subs:\n  one: 1\n  x: y\n');
  ls.docsets.invalidate(uri('docs/docset.yml'));
  assert.deepEqual(subs(await ls.diagnostics(doc(PAGE, 1))).map((d) => `${d.code} ${d.data?.key}`), ['sub.undefined two', 'sub.mutation-unknown x']);
  // `{{context.page_title}}` is defined by the page's title: a heading typed above it defines it.
  const titled = '{{context.page_title}}\n';
  const { ls: other } = service({ 'docs/docset.yml': 'subs:\n  x: y\n', 'docs/q.md': titled });
  const q = (text: string, version: number) => ({ uri: uri('docs/q.md'), version, text });
  assert.equal(subs(await other.diagnostics(q(titled, 1))).length, 1);
  assert.equal(subs(await other.diagnostics(q(`${titled}\n# Now a title\n`, 2))).length, 0);
});

test('an edit of the same length that adds a line: what follows is moved a line down', async () => {
  const { ls } = service({ 'docs/docset.yml': 'subs:\n  x: y\n', 'docs/p.md': PAGE });
  const doc = (text: string, version: number) => ({ uri: uri('docs/p.md'), version, text });
  await ls.diagnostics(doc(PAGE, 1));
  const same = PAGE.replace('A {{one}} here.', 'A {{one}}\nhere.');
  assert.equal(same.length, PAGE.length);
  assert.deepEqual(subs(await ls.diagnostics(doc(same, 2))).map((d) => r(d.range)), ['2:4-2:7', '5:4-5:7', '7:8-7:13']);
});
