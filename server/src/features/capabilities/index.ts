// The capabilities area's editor features, merged by ../registry.ts: pipe-table hovers and cell counts,
// applies_to (validation, hover, completion), directives (completion, hover, argument and option rules), front
// matter (completion, docs-builder's page checks), roles (completion, icon and kbd checks) and code fences.
import type { CompletionItem, Hover } from 'vscode-languageserver-types';
import type { DocDiagnostic } from '../../types';
import type { FeatureContext, Features, WorkspaceFeatures } from '../types';
import { appliesToCompletion } from './appliesTo/completion';
import { appliesToDiagnostics } from './appliesTo/diagnostics';
import { appliesToHover } from './appliesTo/hover';
import { calloutDiagnostics } from './codeFences/calloutDiagnostics';
import { calloutHover } from './codeFences/calloutHover';
import { contributorsDiagnostics } from './codeFences/contributors';
import { codeFenceDiagnostics } from './codeFences/diagnostics';
import { directiveCompletion } from './directives/completion';
import { changelogDiagnostics } from './directives/changelog';
import { directiveContentDiagnostics } from './directives/content';
import { directiveArgumentDiagnostics } from './directives/diagnostics';
import { directiveHover } from './directives/hover';
import { storybookDiagnostics } from './directives/storybook';
import { hubDiagnostics } from './hub/diagnostics';
import { hubLinkBatch } from './hub/links';
import { frontMatterCompletion } from './frontMatter/completion';
import { frontMatterDiagnostics } from './frontMatter/diagnostics';
import { isGeneratedPage } from './frontMatter/generatedPages';
import { roleCompletion } from './roles/completion';
import { roleDiagnostics } from './roles/diagnostics';
import { tableDiagnostics } from './tables/diagnostics';
import { tableHover } from './tables/hover';

const HOVERS: ((ctx: FeatureContext, offset: number) => Hover | undefined)[] = [directiveHover, appliesToHover, tableHover, calloutHover];

// The first provider that recognises the cursor's place answers.
const COMPLETIONS: ((ctx: FeatureContext, offset: number) => CompletionItem[] | undefined)[] = [
  appliesToCompletion, directiveCompletion, frontMatterCompletion, roleCompletion,
];

export const capabilitiesFeatures: Features = {
  async diagnostics(ctx): Promise<DocDiagnostic[]> {
    const { page } = ctx;
    const generated = await isGeneratedPage(page.uri, ctx.docset, ctx.workspace);
    return [
      ...tableDiagnostics(page),
      ...appliesToDiagnostics(page),
      ...directiveArgumentDiagnostics(page),
      ...directiveContentDiagnostics(page),
      ...frontMatterDiagnostics(page, generated),
      ...roleDiagnostics(page),
      ...codeFenceDiagnostics(page),
      ...calloutDiagnostics(page),
      ...hubDiagnostics(page),
      ...contributorsDiagnostics(page),
      ...(await changelogDiagnostics(ctx)),
      ...(await storybookDiagnostics(ctx)),
    ];
  },
  hover(ctx, offset) {
    for (const h of HOVERS) {
      const r = h(ctx, offset);
      if (r) return r;
    }
    return undefined;
  },
  completion(ctx, offset) {
    for (const c of COMPLETIONS) {
      const r = c(ctx, offset);
      if (r && r.length > 0) return r;
    }
    return undefined;
  },
};

/** Links in hub directives (`{hero}` actions, hub YAML bodies), checked against the workspace index. */
export const hubLinkFeatures: Features = {
  diagnosticsNeedIndex: true,
  batch: hubLinkBatch,
  async diagnostics(ctx): Promise<DocDiagnostic[]> {
    await ctx.index.whenReady();
    return hubLinkBatch.resolver(ctx)(ctx.page.uri || ctx.doc.uri, hubLinkBatch.gather(ctx));
  },
};

export const capabilitiesWorkspaceFeatures: WorkspaceFeatures = {};
