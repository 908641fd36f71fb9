// The preview's custom request (protocol.ts), answered over the language service; server.ts wires it.
import type { PreviewContextParams, PreviewContextResult } from '../../protocol';
import type { LanguageService } from '../../service';
import { outsideDocsets } from '../../checkScope';
import { previewContext } from './context';

export function handlePreviewContext(service: LanguageService, params: PreviewContextParams): Promise<PreviewContextResult> {
  return previewContext({
    docsetFor: (uri) => service.docsets.docsetFor(uri), pageOf: (uri) => service.pageOf(uri), roots: () => service.workspace.roots(),
    outsideDocsets: (uri) => outsideDocsets(uri, service.docsets, service.config),
  }, params);
}
