// A Workspace that sees the editor's unsaved text: open documents win over the files under them, so a
// docset.yml being edited, or a page linked to, is read as the author sees it.
import { basenameUri, dirnameUri, type FileStat, type FileType, type Workspace } from './workspace';

export class OverlayWorkspace implements Workspace {
  /** The base's bytes (an open document's unsaved text is not an image: it is not overlaid). */
  readonly readBytes?: (uri: string, length: number) => Promise<Uint8Array | undefined>;

  /** The base's entry names, and those of the open documents in the folder (not saved yet, they exist all the same). */
  readonly entryNames?: (uri: string) => Promise<string[] | undefined>;

  constructor(private readonly base: Workspace, private readonly openText: (uri: string) => string | undefined, openUris: () => Iterable<string> = () => []) {
    if (base.readBytes) this.readBytes = (uri, length) => base.readBytes!(uri, length);
    if (base.entryNames) {
      this.entryNames = async (uri) => {
        const names = await base.entryNames!(uri);
        if (!names) return undefined;
        const dir = uri.replace(/\/$/, '');
        const open = [...openUris()].filter((u) => dirnameUri(u) === dir).map(basenameUri);
        return open.length ? [...names, ...open] : names;
      };
    }
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
