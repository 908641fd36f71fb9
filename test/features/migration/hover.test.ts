import { test } from 'node:test';
import assert from 'node:assert/strict';
import { migrationHover } from '../../../server/src/features/migration/hover';
import { cursor, r, service, uri } from '../../helpers';

const SOURCE = '---\nnavigation_title: Src\n---\n\n# Security files\n\n% a comment\n\nFirst line of the page.\n\nSecond `line`.\n- a list item\n- another\n- and one more\n';

async function hover(marked: string, files: Record<string, string> = {}) {
  const { text, offset } = cursor(marked);
  const { ls } = service({ 'docs/docset.yml': 'subs: {}\n', ...files, 'docs/guide/page.md': text });
  await ls.index.build();
  const ctx = await ls.featureContext({ uri: uri('docs/guide/page.md'), version: 1, text });
  return migrationHover(ctx, offset);
}

const value = (h: Awaited<ReturnType<typeof hover>>) => (h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '');

test('hover on an item: state, notes, block metadata, the source page (title and first lines), other checklists naming it', async () => {
  const h = await hover('# P\n\n% What needs to be done: Refine\n% GitHub issue: #346\n\n% - [ ] ../raw/sec|urity-files.md\n%     Notes: redirect only\n', {
    'docs/raw/security-files.md': SOURCE,
    'docs/other.md': '# O\n\n% - [x] ./raw/security-files.md\n',
    'docs/third.md': '# 3\n\n% - [ ] /raw/security-files.md\n% - [ ] ./raw/elsewhere/security-files.md\n',
  });
  assert.equal(value(h), [
    '**Migration item** · open',
    'Notes: redirect only',
    'What needs to be done: Refine  \nGitHub issue: #346',
    'Source: [docs/raw/security-files.md](file:///ws/docs/raw/security-files.md) exists',
    '**Security files**\n\n```markdown\nFirst line of the page.\nSecond `line`.\n- a list item\n- another\n```',
    'Also in the checklists of:\n- [docs/other.md](file:///ws/docs/other.md#L3) line 3 (done)\n- [docs/third.md](file:///ws/docs/third.md#L3) line 3',
  ].join('\n\n'));
  assert.equal(h && r(h.range!), '5:0-5:32');
});

test('hover on a notes line; a missing source says where it was looked for', async () => {
  const h = await hover('# P\n\n% - [x] ./gone.md\n%     Notes: |done long ago\n');
  assert.equal(value(h), '**Migration item** · done\n\nNotes: done long ago\n\nSource `./gone.md` does not exist (looked for docs/guide/gone.md or docs/gone.md)');
});

test('no hover outside items, nor on task text without a path beyond its state', async () => {
  assert.equal(await hover('# P|\n\n% - [ ] a.md\n'), undefined);
  assert.equal(await hover('# P\n\n% Scope |notes: x\n% - [ ] a.md\n'), undefined);
  assert.equal(value(await hover('# P\n\n% - [ ] Write the |intro\n')), '**Migration item** · open');
});
