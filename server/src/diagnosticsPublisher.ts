// Publishing a file's diagnostics: the same list is never sent twice for one version (a page re-checked because
// the index changed, or scheduled twice, often finds what it found before). Remembers, per URI, the version and a
// hash of the last list sent.
export interface Published<D> {
  uri: string;
  version?: number;
  diagnostics: D[];
}

/** FNV-1a over a string: cheap, and enough to tell two lists apart. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class DiagnosticsPublisher<D> {
  private readonly last = new Map<string, { version: number | undefined; hash: number; length: number }>();

  constructor(private readonly send: (p: Published<D>) => Promise<void>) {}

  /** Sends `diagnostics` for `uri` unless the same list was the last one sent for this version. */
  async publish(uri: string, version: number | undefined, diagnostics: D[]): Promise<boolean> {
    const h = hash(JSON.stringify(diagnostics));
    const prev = this.last.get(uri);
    if (prev && prev.version === version && prev.hash === h && prev.length === diagnostics.length) return false;
    this.last.set(uri, { version, hash: h, length: diagnostics.length });
    await this.send(version === undefined ? { uri, diagnostics } : { uri, version, diagnostics });
    return true;
  }

  /** Clears what the editor shows for `uri` (a closed page) and forgets it. */
  async clear(uri: string): Promise<void> {
    this.last.delete(uri);
    await this.send({ uri, diagnostics: [] });
  }
}
