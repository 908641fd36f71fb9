// Hover on an image path (`{image}` / `{figure}` argument, or a Markdown image): the picture itself (a Markdown
// image of the file's URI), its path, file size and, when the header says, its size in pixels. External URIs and
// files that are not there get no hover (the diagnostics speak for them).
import type { Hover } from 'vscode-languageserver-types';
import type { FeatureContext } from '../types';
import { classifyUrl } from '../links/urls';
import { docsetRelative } from '../links/resolve';
import { IMAGE_DIRECTIVES } from './images';
import { formatBytes, headerBytes, pixelSize } from './imageInfo';
import { httpUri, targetUri } from './paths';

const within = (s: { start: number; end: number }, o: number) => o >= s.start && o <= s.end;

/** The image path under the cursor, its alt text and the span the hover covers. */
function imageAt(ctx: FeatureContext, offset: number): { path: string; alt: string; start: number; end: number } | undefined {
  const { page } = ctx;
  for (const d of page.directives) {
    if (!IMAGE_DIRECTIVES.has(d.name) || d.argument === '' || !within(d.argumentSpan, offset)) continue;
    const alt = d.options.find((o) => o.key === 'alt')?.value ?? '';
    return { path: d.argument, alt, ...d.argumentSpan };
  }
  for (const l of page.links) {
    if (!l.image || l.autolink || !within(l, offset)) continue;
    const kind = classifyUrl(l.url, undefined);
    if (kind.kind !== 'internal' || kind.path.trim() === '') return undefined;
    return { path: kind.path, alt: l.text, start: l.start, end: l.end };
  }
  return undefined;
}

export async function imageHover(ctx: FeatureContext, offset: number): Promise<Hover | undefined> {
  const at = imageAt(ctx, offset);
  if (!at || httpUri(at.path)) return undefined;
  const uri = targetUri(ctx.page.uri, at.path, ctx.docset, ctx.workspace.roots());
  const st = await ctx.workspace.stat(uri).catch(() => undefined);
  if (st?.type !== 'file') return undefined;
  const facts = [`\`${docsetRelative(uri, ctx.docset)}\``, formatBytes(st.size)];
  const bytes = ctx.workspace.readBytes ? await ctx.workspace.readBytes(uri, headerBytes(uri)).catch(() => undefined) : undefined;
  const px = bytes ? pixelSize(bytes) : undefined;
  if (px) facts.push(`${px.width} × ${px.height} px`);
  const alt = at.alt.replace(/[[\]\\]/g, '\\$&').replace(/\s+/g, ' ');
  const value = `![${alt}](<${uri}>)\n\n${facts.join(' · ')}`;
  return { contents: { kind: 'markdown', value }, range: ctx.page.lines.range(at.start, at.end) };
}
