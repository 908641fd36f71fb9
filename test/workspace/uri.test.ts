// The fast paths of the URI helpers (plain file URIs) against vscode-uri's way, on generated paths.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dirnameUri, joinUri, relativeUri, resolvePath, slowUri } from '../../server/src/workspace';
import { decode } from '../../server/src/node/nodeWorkspace';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 500);
const seg = fc.oneof(fc.constantFrom('', '.', '..', 'a', 'docs', '_snippets', 'x.md', 'a-b_c~d', 'A.B', '%20', 'é', 'c:', 'a b', '#x', '?q'), fc.stringMatching(/^[a-z0-9._~-]{1,6}$/));
const relPath = fc.array(seg, { maxLength: 6 }).map((s) => s.join('/'));
const uri = fc.tuple(fc.constantFrom('file:///', 'file:///ws/', 'file://host/', 'untitled:'), relPath).map(([a, b]) => a + b);

/** The value, or the error message when it throws (vscode-uri refuses some URIs: so must the fast path). */
function outcome<T>(f: () => T): T | string {
  try {
    return f();
  } catch (e) {
    return `throws ${e instanceof Error ? e.message : String(e)}`;
  }
}

test('joinUri, dirnameUri, relativeUri and resolvePath give what vscode-uri gives', () => {
  fc.assert(fc.property(uri, fc.array(relPath, { maxLength: 3 }), (u, parts) => {
    assert.equal(outcome(() => joinUri(u, ...parts)), outcome(() => slowUri.joinUri(u, ...parts)));
    assert.equal(outcome(() => dirnameUri(u)), outcome(() => slowUri.dirnameUri(u)));
  }), { numRuns: RUNS });
  fc.assert(fc.property(uri, relPath, (u, p) => {
    assert.equal(outcome(() => resolvePath(u, p)), outcome(() => slowUri.resolvePath(u, p)));
    assert.equal(outcome(() => relativeUri(u, joinUri(u, p))), outcome(() => slowUri.relativeUri(u, slowUri.joinUri(u, p))));
  }), { numRuns: RUNS });
  fc.assert(fc.property(uri, uri, (a, b) => assert.equal(outcome(() => relativeUri(a, b)), outcome(() => slowUri.relativeUri(a, b)))), { numRuns: RUNS });
});

test('examples: links and listing paths', () => {
  assert.equal(joinUri('file:///ws/docs', 'a.md'), 'file:///ws/docs/a.md');
  assert.equal(joinUri('file:///ws/docs/', 'sub', 'a.md'), 'file:///ws/docs/sub/a.md');
  assert.equal(resolvePath('file:///ws/docs/sub', '../x.md'), 'file:///ws/docs/x.md');
  assert.equal(resolvePath('file:///ws/docs', 'a b.md'), 'file:///ws/docs/a%20b.md');
  assert.equal(dirnameUri('file:///ws/docs/a.md'), 'file:///ws/docs');
  assert.equal(relativeUri('file:///ws/', 'file:///ws/docs/a.md'), 'docs/a.md');
  assert.equal(relativeUri('file:///ws/docs', 'file:///ws/docsets/a.md'), undefined);
});

test('decode: ASCII through Latin-1, anything else as UTF-8 (BOM kept, invalid bytes replaced) — as readFile(…, "utf8")', () => {
  for (const s of ['plain ascii\n', '', 'café ☕ 日本', '\uFEFFbom', 'a\u0000b']) assert.equal(decode(Buffer.from(s, 'utf8')), s);
  const bad = Buffer.from([0x61, 0xff, 0xfe, 0x62]);
  assert.equal(decode(bad), bad.toString('utf8'));
  const latin = Buffer.from([0x63, 0x61, 0x66, 0xe9]);
  assert.equal(decode(latin), 'caf\uFFFD');
});
