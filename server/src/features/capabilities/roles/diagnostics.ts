// Role contents docs-builder rejects (spec §5.4, §8 rows 64–65): `{icon}` names that are not EUI icons
// (IconRole.cs: Error "Unknown icon: <name>", exact case) and `{kbd}` shortcuts it cannot parse (Kbd.cs
// `KeyboardShortcut.Parse`, KbdRole.cs: Error `Failed to parse keyboard shortcut: "<content>"`).
import { isKnownIcon, resolveKbdKey } from '../../../data/roles';
import type { Page } from '../../../model/types';
import type { DocDiagnostic } from '../../../types';

/** `KeyboardShortcut.Parse`: keys split on `+` (empty parts dropped), each one key or two `|` alternatives. */
export function kbdParses(content: string): boolean {
  if (content.trim() === '') return true;
  for (const segment of content.split('+').filter((s) => s !== '')) {
    const trimmed = segment.trim();
    const alternates = trimmed.split('|').filter((s) => s !== '');
    if (alternates.length > 2) return false;
    const keys = alternates.length === 2 ? alternates : [trimmed];
    if (keys.some((k) => resolveKbdKey(k) === undefined)) return false;
  }
  return true;
}

export function roleDiagnostics(page: Page): DocDiagnostic[] {
  const out: DocDiagnostic[] = [];
  for (const r of page.roles) {
    const range = page.lines.range(r.contentSpan.start, r.contentSpan.end);
    if (r.name === 'icon' && !isKnownIcon(r.content)) {
      out.push({ code: 'role.unknown-icon', severity: 'error', message: `Unknown icon: ${r.content}`, range, data: { name: r.content } });
    } else if (r.name === 'kbd' && !kbdParses(r.content)) {
      out.push({ code: 'role.kbd', severity: 'error', message: `Failed to parse keyboard shortcut: "${r.content}"`, range });
    }
  }
  return out;
}
