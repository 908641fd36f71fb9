// ```` ```yaml {contributors} ```` blocks, with docs-builder's messages (ContributorsBlock.cs): the YAML is a list
// of entries (`gh`, `name`, `title`, `location`, `image`); one YamlDotNet cannot read is an Error
// (`contributors.parse`, "Unable to parse contributors directive: …", the detail in our own words), an entry
// without `name` is an Error (`contributors.name-missing`), and a block left with no entry a Warning
// (`contributors.empty`).
import { isMap, isScalar, isSeq } from 'yaml';
import type { Page } from '../../../model/types';
import { parseYamlDocument } from '../../../model/yamlFast';
import type { DocDiagnostic } from '../../../types';

const FIELDS = new Set(['gh', 'name', 'title', 'location', 'image']);

export function contributorsDiagnostics(page: Page): DocDiagnostic[] {
  const out: DocDiagnostic[] = [];
  for (const cb of page.codeBlocks) {
    if (cb.directive !== 'contributors' || cb.lang !== 'yaml' || cb.fenceChar !== '`') continue;
    const open = page.lines.range(cb.open.start, cb.open.end);
    const base = cb.content.start;
    const yaml = page.text.slice(cb.content.start, cb.content.end);
    // Ranges inside the block's content (a parse error at its very end sits on the last line).
    const last = Math.max(base, cb.content.end - 1);
    const at = (r: readonly number[] | null | undefined) => {
      if (!r) return open;
      const start = Math.min(base + r[0], last);
      return page.lines.range(start, Math.max(start + 1, Math.min(base + r[1], cb.content.end)));
    };
    const doc = parseYamlDocument(yaml, { uniqueKeys: false, prettyErrors: false });
    const fail = (detail: string, range = open) => out.push({ code: 'contributors.parse', severity: 'error', message: `Unable to parse contributors directive: ${detail}`, range });
    if (doc.errors.length > 0) {
      const e = doc.errors[0];
      fail(e.message.split('\n')[0], at(e.pos));
      continue;
    }
    const root = doc.contents;
    const empty = root === null || (isScalar(root) && root.value === null);
    if (!empty && !isSeq(root)) {
      fail('the block must be a list of contributor entries', at(root.range));
      continue;
    }
    const items = isSeq(root) ? root.items : [];
    const bad = items.find((i) => !isMap(i) || i.items.some((p) => isScalar(p.key) && FIELDS.has(String(p.key.value)) && p.value !== null && !isScalar(p.value)));
    if (bad) {
      fail('each entry must be a mapping of `name`, `gh`, `title`, `location` and `image` values', at((bad as { range?: [number, number, number] }).range));
      continue;
    }
    let named = 0;
    for (const item of items) {
      if (!isMap(item)) continue;
      const name = item.items.find((p) => isScalar(p.key) && p.key.value === 'name')?.value;
      if (isScalar(name) && name.value !== null && String(name.value).trim() !== '') named++;
      else out.push({ code: 'contributors.name-missing', severity: 'error', message: "Contributor entry is missing a required 'name' property.", range: at(item.range) });
    }
    if (named === 0) out.push({ code: 'contributors.empty', severity: 'warning', message: 'Contributors directive has no contributor entries.', range: open });
  }
  return out;
}
