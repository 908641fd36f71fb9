// The links area's editor features, merged by ../registry.ts: link and anchor diagnostics, completion, navigation,
// hover, outline, document links, folding, selection ranges and code actions. One feature per file.
import type { DocDiagnostic } from '../../types';
import type { Features, WorkspaceFeatures } from '../types';
import { codeActions } from './codeActions';
import { completion } from './completion';
import { definition } from './definition';
import { documentLinks } from './documentLinks';
import { includedDuplicates } from './duplicates';
import { folding } from './folding';
import { hover } from './hover';
import { references } from './references';
import { prepareRename, rename } from './rename';
import { LinkResolver } from './resolve';
import { selectionRanges } from './selection';
import { slugChangeActions } from './slugChange';
import { documentSymbols } from './symbols';
import { linkDiagnostics } from './validate';
import { workspaceSymbols } from './workspaceSymbols';

export { validateLinks, type LinkHost } from './validate';

export const linksFeatures: Features = {
  diagnosticsNeedIndex: true,
  async diagnostics(ctx): Promise<DocDiagnostic[]> {
    const out = await linkDiagnostics(ctx);
    out.push(...(await includedDuplicates(ctx, new LinkResolver(ctx))));
    return out;
  },
  hover,
  completion: (ctx, offset) => completion(ctx, offset),
  definition,
  references,
  prepareRename,
  rename,
  documentSymbols,
  documentLinks,
  foldingRanges: folding,
  selectionRanges,
  async codeActions(ctx, range, diagnostics) {
    return [...(await codeActions(ctx, range, diagnostics)), ...(await slugChangeActions(ctx, range))];
  },
};

export const linksWorkspaceFeatures: WorkspaceFeatures = {
  workspaceSymbols,
};
