import { test } from 'node:test';
import assert from 'node:assert/strict';
import { migrationCodeActions } from '../../../server/src/features/migration/codeActions';
import { migrationCodeLenses } from '../../../server/src/features/migration/codeLens';
import { r, service, uri } from '../../helpers';

const TEXT = '# P\n\n% - [ ] a.md\n% - [x] b.md\n% - [ ] c.md\n\nText\n\n% Second list:\n% - [x] d.md\n';

async function ctxFor(text = TEXT) {
  const { ls } = service({ 'docs/page.md': text });
  const doc = { uri: uri('docs/page.md'), version: 1, text };
  return { ctx: await ls.featureContext(doc), diags: (await ls.diagnostics(doc)).filter((d) => d.code === 'migration.unchecked') };
}

const line = (n: number) => ({ start: { line: n, character: 5 }, end: { line: n, character: 5 } });

test('code actions: "Mark done" on an open item (fixing its diagnostic) and "Mark all done in this page"', async () => {
  const { ctx, diags } = await ctxFor();
  const actions = migrationCodeActions(ctx, line(2), diags.filter((d) => d.range.start.line === 2).map((d) => ({ ...d, message: d.message })));
  assert.deepEqual(actions.map((a) => [a.title, a.kind, a.diagnostics?.length ?? 0]), [['Mark done: a.md', 'quickfix', 1], ['Mark all done in this page (2 items)', 'quickfix', 0]]);
  assert.deepEqual(actions[0].edit?.changes?.[uri('docs/page.md')].map((e) => `${r(e.range)} ${e.newText}`), ['2:4-2:7 [x]']);
  assert.deepEqual(actions[1].edit?.changes?.[uri('docs/page.md')].map((e) => `${r(e.range)} ${e.newText}`), ['2:4-2:7 [x]', '4:4-4:7 [x]']);
});

test('code actions: nothing on a done item or outside items; only "Mark done" when one item is open', async () => {
  const { ctx } = await ctxFor();
  assert.deepEqual(migrationCodeActions(ctx, line(3), []), []);
  assert.deepEqual(migrationCodeActions(ctx, line(6), []), []);
  const one = await ctxFor('% - [ ] a.md\n% - [x] b.md\n');
  assert.deepEqual(migrationCodeActions(one.ctx, line(0), []).map((a) => a.title), ['Mark done: a.md']);
});

test('code lens above each checklist: "Migration: 1 of 3 done · Next unchecked" runs Next from the checklist', async () => {
  const { ctx } = await ctxFor();
  const lenses = migrationCodeLenses(ctx);
  assert.deepEqual(lenses.map((l) => [r(l.range), l.command?.title, l.command?.command]), [
    ['2:0-2:0', 'Migration: 1 of 3 done · Next unchecked', 'elasticDocs.migration.next'],
    ['9:0-9:0', 'Migration: 1 of 1 done', 'elasticDocs.migration.showAll'],
  ]);
  assert.deepEqual(lenses[0].command?.arguments, [{ uri: uri('docs/page.md'), position: { line: 2, character: 0 } }]);
});
