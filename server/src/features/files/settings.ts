// `{settings}`, as SettingsBlock.cs and the renderer (DirectiveHtmlRenderer.WriteSettingsBlock) check it: the path
// must not be absolute (Error; only a Windows path can be: files/paths.ts `rootedPath`), must stay inside the docset
// (Error) and name an existing file (Error); the file must read as YAML, else Error "Can not be parsed as a valid
// settings file" followed by the parser's message, as docs-builder appends the exception. Only YAML syntax is
// checked here (and an empty file, which docs-builder cannot render either), not the shape of the settings.
import type { Range } from 'vscode-languageserver-types';
import type { Docset } from '../../docset/docset';
import { copy } from '../../index/strings';
import { parseYamlDocument } from '../../model/yamlFast';
import type { Page } from '../../model/types';
import type { DocDiagnostic } from '../../types';
import type { FileHost } from './host';
import { displayPath, insideDocset, pathArgument, rootedPath, targetUri } from './paths';

export interface SettingsRef {
  path: string;
  range: Range;
}

export function gatherSettingsRefs(page: Page): SettingsRef[] {
  const out: SettingsRef[] = [];
  for (const d of page.directives) {
    if (d.name !== 'settings') continue;
    const arg = pathArgument(d);
    // Copies, not slices of the page text: a batch run keeps these while the texts are long gone.
    if (arg) out.push({ path: copy(arg.path), range: page.lines.range(arg.span.start, arg.span.end) });
  }
  return out;
}

const INVALID = 'Can not be parsed as a valid settings file';

/** Why the text is not a settings file docs-builder can read, or undefined when it reads. */
export function settingsProblem(text: string): string | undefined {
  let doc;
  try {
    doc = parseYamlDocument(text, { uniqueKeys: false });
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    return e.message.split('\n')[0].replace(/:\s*$/, '');
  }
  if (doc.contents === null) return 'the file holds no YAML document';
  return undefined;
}

function err(code: string, message: string, range: Range): DocDiagnostic {
  return { code, severity: 'error', message, range };
}

export async function checkSettings(host: FileHost, uri: string, docset: Docset | undefined, refs: readonly SettingsRef[], maxBytes: number): Promise<DocDiagnostic[]> {
  const out: DocDiagnostic[] = [];
  for (const ref of refs) {
    if (rootedPath(ref.path.replace(/^\/+/, ''), uri)) {
      out.push(err('settings.absolute-path', 'Settings path must not be an absolute path.', ref.range));
      continue;
    }
    const target = targetUri(uri, ref.path, docset, host.roots);
    if (docset && !insideDocset(target, docset)) {
      out.push(err('settings.outside-docset', 'Settings path must resolve within the documentation source directory.', ref.range));
      continue;
    }
    if (host.isOutside(target)) continue;
    const st = await host.stat(target);
    if (st?.type !== 'file') {
      out.push(err('settings.not-found', `\`${displayPath(target)}\` does not exist.`, ref.range));
      continue;
    }
    if (st.size > maxBytes) {
      host.env.logger.info(`settings: not parsed ${target} (${st.size} bytes, over the size limit)`);
      continue;
    }
    const problem = await host.settingsFile(target, settingsProblem);
    if (problem === null) continue;
    if (problem !== undefined) out.push(err('settings.invalid', `${INVALID}\n${problem}`, ref.range));
  }
  return out;
}
