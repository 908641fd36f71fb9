// Links in hub directives, checked as docs-builder's DirectiveLinkValidator.cs checks them: `{hero}` actions and the
// link fields of `{link-card}`, `{get-started}` and `{whats-new}` YAML bodies never go through the Markdown link
// parser. External URLs, `mailto:` and `#anchors` pass; a cross-link scheme must be declared in `cross_links`
// (`hub.link-scheme`, Error); anything else must be an absolute `/path` (`hub.link-relative`, Error) to a file
// that exists as given, with `.md` or as `/index.md` (`hub.link-missing`, Error), unless a redirect covers it
// (`hub.link-redirect`, Warning). Gathered per page, resolved with the links area's LinkResolver.
import type { Range } from 'vscode-languageserver-types';
import type { Docset } from '../../../docset/docset';
import { copy } from '../../../index/strings';
import type { Page } from '../../../model/types';
import type { DocDiagnostic } from '../../../types';
import { redirectFor } from '../../links/redirects';
import { LinkResolver, resolveLinkUri } from '../../links/resolve';
import { classifyUrl, declaredCrossLinks } from '../../links/urls';
import type { BatchDiagnostics, BatchEnv } from '../../types';
import { HERO_ACTION_LINK, HERO_ACTIONS } from './diagnostics';
import { hasYamlBody, hubYamlBody, hubYamlLinks, parseHubYaml, type HubLinkValue } from './yamlBody';
import { prop } from '../directives/diagnostics';

export interface GatheredHubLink {
  url: string;
  range: Range;
}

/** The links of a page's hub directives, in source order (plain data: it may cross threads). */
export function gatherHubLinks(page: Page): GatheredHubLink[] {
  const values: HubLinkValue[] = [];
  for (const d of page.directives) {
    if (d.name === 'hero') {
      for (const o of d.options) {
        const m = HERO_ACTIONS.includes(o.key) ? HERO_ACTION_LINK.exec(o.value.trim()) : null;
        const url = m?.groups?.url;
        if (!url) continue;
        const at = page.text.indexOf(url, o.valueSpan.start);
        values.push({ url: url.trim(), start: at, end: at + url.length });
      }
    } else if (hasYamlBody(d.name) && !(d.name === 'whats-new' && (prop(d, 'product')?.value.trim() ?? '') !== '')) {
      const body = hubYamlBody(page, d);
      const parsed = body && parseHubYaml(d.name, body);
      if (body && parsed?.doc) values.push(...hubYamlLinks(d.name, parsed.doc, body.start));
    }
  }
  // Copies, not slices of the page text: a batch run keeps these while the texts are long gone.
  return values.map((v) => ({ url: copy(v.url), range: page.lines.range(v.start, v.end) }));
}

/** `ProbeCandidates`: the path as given, else with `.md` and as `/index.md`. */
function candidates(rel: string): string[] {
  return rel.toLowerCase().endsWith('.md') ? [rel] : [rel, `${rel}.md`, `${rel.replace(/\/+$/, '')}/index.md`];
}

async function checkLink(link: GatheredHubLink, uri: string, docset: Docset | undefined, resolver: LinkResolver): Promise<DocDiagnostic | undefined> {
  const url = link.url;
  const trimmed = url.trim();
  const err = (code: string, message: string): DocDiagnostic => ({ code, severity: 'error', message, range: link.range });
  if (trimmed === '' || trimmed.startsWith('#') || /^(https?:\/\/|mailto:)/i.test(trimmed)) return undefined;
  const declared = docset ? declaredCrossLinks(docset.crossLinks) : undefined;
  const kind = classifyUrl(trimmed, declared);
  if (kind.kind === 'crosslink') {
    if (!declared || declared.has(kind.scheme)) return undefined;
    return err('hub.link-scheme', `Directive link \`${url}\` uses cross-link scheme \`${kind.scheme}://\` which is not declared under \`cross_links\` in docset.yml.`);
  }
  if (kind.kind !== 'internal' && kind.kind !== 'verbatim') return undefined;
  if (!trimmed.startsWith('/')) {
    return err('hub.link-relative', `Directive link \`${url}\` must be an absolute path starting with \`/\`, a cross-link scheme (for example \`kibana://\`), or an external URL.`);
  }
  const path = url.split('#')[0];
  if (path === '' || path === '/') return undefined;
  const rel = path.replace(/^\/+/, '');
  for (const candidate of candidates(rel)) {
    const target = await resolver.target(resolveLinkUri(uri, `/${candidate}`, docset, resolver.roots), docset);
    if (target.kind !== 'missing') return undefined;
  }
  const redirect = redirectFor(docset, rel);
  if (redirect) {
    const to = redirect.to.join(', ') || 'unknown';
    return { code: 'hub.link-redirect', severity: 'warning', message: `Directive link \`${url}\` has a redirect; update to: ${to}`, range: link.range };
  }
  return err('hub.link-missing', `Directive link \`${url}\` does not exist. If it was recently removed add a redirect.`);
}

export const hubLinkBatch: BatchDiagnostics = {
  gather: (ctx): GatheredHubLink[] => gatherHubLinks(ctx.page),
  resolver(env: BatchEnv) {
    const resolver = new LinkResolver(env);
    return async (uri, data): Promise<DocDiagnostic[]> => {
      const links = data as GatheredHubLink[];
      if (links.length === 0) return [];
      const docset = await env.docsetOf(uri);
      const out: DocDiagnostic[] = [];
      for (const link of links) {
        const d = await checkLink(link, uri, docset, resolver);
        if (d) out.push(d);
      }
      return out;
    };
  },
};
