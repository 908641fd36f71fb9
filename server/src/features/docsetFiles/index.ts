// The docset files area: the ToC (docset.yml / _docset.yml `toc:` and toc.yml files) and the redirects file, merged
// by ../registry.ts. tocCheck.ts (`toc.*` diagnostics), redirectsCheck.ts (`redirect.*`), completion.ts (ToC paths);
// docsetFs.ts holds docs-builder's file lookups they share. The diagnostics belong to those YAML files, not to pages:
// they come through `docsetDiagnostics`, each with the URI of the file it is on.
import type { Features, WorkspaceFeatures } from '../types';
import { tocCompletion } from './completion';
import { DocsetFs } from './docsetFs';
import { checkRedirects } from './redirectsCheck';
import { checkToc } from './tocCheck';

export const docsetFilesFeatures: Features = {
  completion: tocCompletion,
};

export const docsetFilesWorkspaceFeatures: WorkspaceFeatures = {
  docsetDiagnostics: async (docset, _index, _config, env) => {
    // One reading of the docset's folders for both checks (each folder listed once).
    const fs = new DocsetFs(env.workspace, docset);
    const toc = await checkToc(env.workspace, docset, fs);
    return [...toc.diagnostics, ...(await checkRedirects(env, docset, fs))];
  },
};
