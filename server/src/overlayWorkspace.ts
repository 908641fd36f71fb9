// A Workspace that sees the editor's unsaved text: open documents win over the files under them, so a
// docset.yml being edited, or a page linked to, is read as the author sees it.
import type { FileStat, FileType, Workspace } from './workspace';

export class OverlayWorkspace implements Workspace {
  /** The base's bytes (an open document's unsaved text is not an image: it is not overlaid). */
  readonly readBytes?: (uri: string, length: number) => Promise<Uint8Array | undefined>;

  constructor(private readonly base: Workspace, private readonly openText: (uri: string) => string | undefined) {
    if (base.readBytes) this.readBytes = (uri, length) => base.readBytes!(uri, length);
  }

  roots(): string[] {
    return this.base.roots();
  }

  async readFile(uri: string): Promise<string | undefined> {
    return this.openText(uri) ?? this.base.readFile(uri);
  }

  async stat(uri: string): Promise<FileStat | undefined> {
    const open = this.openText(uri);
    const st = await this.base.stat(uri);
    if (open !== undefined) return { type: 'file', size: open.length, mtime: st?.mtime ?? Date.now() };
    return st;
  }

  readDirectory(uri: string): Promise<[string, FileType][]> {
    return this.base.readDirectory(uri);
  }
}
