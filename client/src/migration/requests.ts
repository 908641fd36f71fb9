// Typed calls to the server's custom requests (server/src/protocol.ts). While the server is not running they
// answer undefined, so commands and views stay quiet instead of throwing.
import { State, type BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import type { CustomRequests, RequestParams, RequestResult } from '../../../server/src/protocol';

export async function send<M extends keyof CustomRequests>(client: LanguageClient, method: M, params: RequestParams<M>): Promise<RequestResult<M> | undefined> {
  if (client.state === State.Stopped) return undefined;
  try {
    return await client.sendRequest<RequestResult<M>>(method, params);
  } catch (e) {
    client.outputChannel.warn(`${method} failed: ${e instanceof Error ? e.message : String(e)}`);
    return undefined;
  }
}
