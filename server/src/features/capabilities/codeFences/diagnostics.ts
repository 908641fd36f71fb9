// Code fences as docs-builder's EnhancedCodeBlockParser checks them (spec §5.3, §8 rows 24–25): an unknown
// language (`code.unknown-language`, Warning `Unknown language: <lang>`, after its console/terminal/painless
// rewrites) and arguments after the language other than comma-separated `callouts[=bool]` / `subs[=bool]`
// (`code.arguments`, Error `Unable to parse code block arguments: <args>. Valid arguments are callouts, subs.`).
// Only backtick fences: docs-builder's parser opens on backticks alone. Literal directive blocks
// (```` ```{applies_to} ````, ```` ```yaml {contributors} ````) take no arguments.
import {
  CODE_BLOCK_ARGUMENTS,
  invalidCodeBlockArgumentsMessage,
  isKnownCodeLanguage,
  unknownLanguageMessage,
} from '../../../data/directives';
import type { CodeBlock, Page } from '../../../model/types';
import type { DocDiagnostic } from '../../../types';

/** `CodeBlockArguments.TryParse`: comma-separated `key` or `key=true|false`, keys case-insensitive. */
export function codeArgumentsParse(args: string): boolean {
  if (args.trim() === '') return true;
  for (const piece of args.split(',')) {
    const parts = piece.split('=');
    const key = parts[0].trim().toLowerCase();
    if (parts.length > 2 || !CODE_BLOCK_ARGUMENTS.includes(key)) return false;
    if (parts.length === 2 && !/^(true|false)$/i.test(parts[1].trim())) return false;
  }
  return true;
}

/** Where the language and the arguments sit on the opening line. */
function infoSpans(page: Page, cb: CodeBlock): { lang: number; args: number } {
  const afterFence = cb.open.start + cb.fenceLength;
  const from = cb.directive ? page.text.indexOf('}', afterFence) + 1 : afterFence;
  const lang = cb.lang === '' ? from : page.text.indexOf(cb.lang, from);
  const args = cb.args === '' ? lang + cb.lang.length : page.text.indexOf(cb.args, lang + cb.lang.length);
  return { lang, args };
}

export function codeFenceDiagnostics(page: Page): DocDiagnostic[] {
  const out: DocDiagnostic[] = [];
  for (const cb of page.codeBlocks) {
    if (cb.fenceChar !== '`' || cb.directive === 'applies_to' || cb.directive === 'contributors') continue;
    const at = infoSpans(page, cb);
    if (!isKnownCodeLanguage(cb.lang)) {
      out.push({ code: 'code.unknown-language', severity: 'warning', message: unknownLanguageMessage(cb.lang), range: page.lines.range(at.lang, at.lang + cb.lang.length), data: { lang: cb.lang } });
    }
    // `{code} <lang> <args>`: docs-builder drops the language only when it knows it; a lone language is not read
    // as arguments here (docs-builder's own code would, and fail; see the report).
    const args = cb.directive && cb.args !== '' && !isKnownCodeLanguage(cb.lang) ? `${cb.lang} ${cb.args}` : cb.args;
    if (!codeArgumentsParse(args)) {
      const start = args === cb.args ? at.args : at.lang;
      out.push({ code: 'code.arguments', severity: 'error', message: invalidCodeBlockArgumentsMessage(args), range: page.lines.range(start, at.args + cb.args.length) });
    }
  }
  return out;
}
