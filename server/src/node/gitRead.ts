// Reads a Git repository's objects straight from `.git`, with no `git` process: refs (loose and packed), loose
// objects (zlib), pack files through their version-2 index (with offset and reference deltas), commits, trees.
// Enough for `check --base` to list the files a branch started from (the merge base of HEAD and the base).
// Read-only; anything it does not understand (a ref it cannot resolve, an object it cannot find) is an answer of
// `undefined`, never an exception the caller must know about.
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';

type ObjectType = 'commit' | 'tree' | 'blob' | 'tag';
interface GitObject {
  type: ObjectType;
  data: Buffer;
}

export interface Commit {
  id: string;
  tree: string;
  parents: string[];
  /** Committer time, seconds. */
  time: number;
}

const TYPES: Record<number, ObjectType> = { 1: 'commit', 2: 'tree', 3: 'blob', 4: 'tag' };
const OFS_DELTA = 6;
const REF_DELTA = 7;

interface Pack {
  /** The pack file, read where an object is (packs can be gigabytes: never read whole). */
  fd: number;
  /** The version-2 index: sorted object ids (20 bytes each), then their offsets in the pack. */
  idx: Buffer;
  ids: Buffer;
  count: number;
}

export class GitRepository {
  private packs: Pack[] | undefined;
  private readonly cache = new Map<string, GitObject | undefined>();

  private constructor(readonly gitDir: string, readonly commonDir: string, readonly workTree: string) {}

  /** The repository whose work tree holds `path` (looked for upwards), or undefined. */
  static find(path: string): GitRepository | undefined {
    let dir = resolve(path);
    for (let i = 0; i < 100; i++) {
      const dotGit = join(dir, '.git');
      const st = statSync(dotGit, { throwIfNoEntry: false });
      if (st?.isDirectory()) return GitRepository.at(dotGit, dir);
      if (st?.isFile()) {
        // A worktree or submodule: `gitdir: <path>`.
        const m = /^gitdir:\s*(.+?)\s*$/m.exec(readFileSync(dotGit, 'utf8'));
        if (m) return GitRepository.at(resolve(dir, m[1]), dir);
      }
      const up = dirname(dir);
      if (up === dir) return undefined;
      dir = up;
    }
    return undefined;
  }

  private static at(gitDir: string, workTree: string): GitRepository | undefined {
    let common = gitDir;
    const commonFile = join(gitDir, 'commondir');
    if (existsSync(commonFile)) common = resolve(gitDir, readFileSync(commonFile, 'utf8').trim());
    return existsSync(join(common, 'objects')) ? new GitRepository(gitDir, common, workTree) : undefined;
  }

  /** The commit a name stands for: HEAD, a full or abbreviated id, a branch, a remote branch, a tag (peeled). */
  resolve(name: string): string | undefined {
    // `name~2`, `name^`, `name^2`: ancestors by first parent, or the n-th parent.
    const m = /^(.+?)((?:[~^]\d*)*)$/.exec(name);
    if (!m) return undefined;
    const id = this.ref(m[1]);
    let c = id ? this.peel(id) : undefined;
    for (const step of m[2].match(/[~^]\d*/g) ?? []) {
      const n = step.length > 1 ? Number(step.slice(1)) : 1;
      if (step[0] === '~') for (let k = 0; k < n && c; k++) c = this.commit(c)?.parents[0];
      else c = n === 0 ? c : c && this.commit(c)?.parents[n - 1];
    }
    return c;
  }

  private ref(name: string, depth = 0): string | undefined {
    if (depth > 10) return undefined;
    if (/^[0-9a-f]{40}$/.test(name)) return name;
    const candidates = name === 'HEAD' ? ['HEAD'] : [name, `refs/${name}`, `refs/tags/${name}`, `refs/heads/${name}`, `refs/remotes/${name}`, `refs/remotes/${name}/HEAD`];
    for (const ref of candidates) {
      for (const dir of ref === 'HEAD' ? [this.gitDir] : [this.gitDir, this.commonDir]) {
        const file = join(dir, ref);
        const st = statSync(file, { throwIfNoEntry: false });
        if (!st?.isFile()) continue;
        const text = readFileSync(file, 'utf8').trim();
        const sym = /^ref:\s*(\S+)/.exec(text);
        if (sym) return this.ref(sym[1], depth + 1);
        if (/^[0-9a-f]{40}$/.test(text)) return text;
      }
      const packed = this.packedRefs().get(ref);
      if (packed) return packed;
    }
    if (/^[0-9a-f]{4,39}$/.test(name)) return this.abbreviated(name);
    return undefined;
  }

  private packedRefsCache: Map<string, string> | undefined;

  private packedRefs(): Map<string, string> {
    if (this.packedRefsCache) return this.packedRefsCache;
    const map = new Map<string, string>();
    const file = join(this.commonDir, 'packed-refs');
    if (existsSync(file)) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        const m = /^([0-9a-f]{40}) (\S+)$/.exec(line);
        if (m) map.set(m[2], m[1]);
      }
    }
    return (this.packedRefsCache = map);
  }

  /** The one object whose id starts with `prefix`, or undefined (none, or more than one). */
  private abbreviated(prefix: string): string | undefined {
    const found = new Set<string>();
    const dir = join(this.commonDir, 'objects', prefix.slice(0, 2));
    if (existsSync(dir)) for (const n of readdirSync(dir)) if ((prefix.slice(0, 2) + n).startsWith(prefix)) found.add(prefix.slice(0, 2) + n);
    for (const p of this.allPacks()) {
      for (let i = 0; i < p.count; i++) {
        const id = p.ids.toString('hex', 20 * i, 20 * i + 20);
        if (id.startsWith(prefix)) found.add(id);
      }
    }
    return found.size === 1 ? [...found][0] : undefined;
  }

  /** A tag's commit; a commit itself. */
  private peel(id: string): string | undefined {
    for (let i = 0; i < 10; i++) {
      const o = this.object(id);
      if (!o) return undefined;
      if (o.type === 'commit') return id;
      if (o.type !== 'tag') return undefined;
      const m = /^object ([0-9a-f]{40})/m.exec(o.data.toString('latin1'));
      if (!m) return undefined;
      id = m[1];
    }
    return undefined;
  }

  commit(id: string): Commit | undefined {
    const o = this.object(id);
    if (o?.type !== 'commit') return undefined;
    const head = o.data.toString('latin1', 0, Math.min(o.data.length, 64 * 1024));
    const end = head.indexOf('\n\n');
    const lines = (end < 0 ? head : head.slice(0, end)).split('\n');
    let tree = '';
    const parents: string[] = [];
    let time = 0;
    for (const l of lines) {
      if (l.startsWith('tree ')) tree = l.slice(5, 45);
      else if (l.startsWith('parent ')) parents.push(l.slice(7, 47));
      else if (l.startsWith('committer ')) time = Number(/ (\d+) [+-]\d{4}$/.exec(l)?.[1] ?? 0);
    }
    return tree ? { id, tree, parents, time } : undefined;
  }

  /** The commits a shallow clone has no parents of (their parents are not there). */
  private shallow(): Set<string> {
    const file = join(this.commonDir, 'shallow');
    return new Set(existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter((l) => /^[0-9a-f]{40}$/.test(l)) : []);
  }

  /**
   * A best common ancestor of `a` and `b` (what `git merge-base a b` prints for ordinary histories): both sides
   * walked newest first, the first commit reached from both that is not an ancestor of another such commit.
   * Undefined when they share none (or a shallow clone does not hold it).
   */
  mergeBase(a: string, b: string, maxCommits = 200_000): string | undefined {
    if (a === b) return a;
    const SIDE_A = 1;
    const SIDE_B = 2;
    const STALE = 4;
    const flags = new Map<string, number>();
    const times = new Map<string, number>();
    const shallow = this.shallow();
    const queue: string[] = [];
    const push = (id: string, f: number) => {
      const had = flags.get(id) ?? 0;
      if ((had | f) === had) return;
      flags.set(id, had | f);
      if (!times.has(id)) times.set(id, this.commit(id)?.time ?? 0);
      queue.push(id);
    };
    push(a, SIDE_A);
    push(b, SIDE_B);
    const results: string[] = [];
    let seen = 0;
    while (queue.length && seen++ < maxCommits) {
      // Newest first (a linear pick: the queue stays small on ordinary histories).
      let best = 0;
      for (let i = 1; i < queue.length; i++) if (times.get(queue[i])! > times.get(queue[best])!) best = i;
      const id = queue.splice(best, 1)[0];
      let f = flags.get(id)!;
      if ((f & (SIDE_A | SIDE_B)) === (SIDE_A | SIDE_B) && !(f & STALE)) {
        results.push(id);
        f |= STALE;
        flags.set(id, f);
      }
      if (queue.every((q) => (flags.get(q)! & STALE) !== 0) && results.length) break;
      const c = shallow.has(id) ? undefined : this.commit(id);
      for (const p of c?.parents ?? []) push(p, f & (SIDE_A | SIDE_B | STALE));
    }
    // Of the candidates, the one no other candidate descends from (the newest, on ordinary histories).
    return results[0];
  }

  /** Every file path (`/`-separated, from the work tree's root) under `prefix` in the commit's tree, with its blob id. */
  files(commitId: string, prefix = ''): Map<string, string> | undefined {
    const c = this.commit(commitId);
    if (!c) return undefined;
    let tree: string | undefined = c.tree;
    const parts = prefix.split('/').filter(Boolean);
    for (const p of parts) {
      tree = this.treeEntries(tree)?.find((e) => e.name === p && e.mode.startsWith('4'))?.id;
      if (!tree) return new Map();
    }
    const out = new Map<string, string>();
    const walk = (id: string, base: string, depth: number) => {
      if (depth > 64) return;
      for (const e of this.treeEntries(id) ?? []) {
        const path = base ? `${base}/${e.name}` : e.name;
        if (e.mode.startsWith('4')) walk(e.id, path, depth + 1);
        else if (e.mode.startsWith('10')) out.set(path, e.id);
      }
    };
    walk(tree, parts.join('/'), 0);
    return out;
  }

  private treeEntries(id: string): { mode: string; name: string; id: string }[] | undefined {
    const o = this.object(id);
    if (o?.type !== 'tree') return undefined;
    const out: { mode: string; name: string; id: string }[] = [];
    const d = o.data;
    let i = 0;
    while (i < d.length) {
      const sp = d.indexOf(32, i);
      const nul = d.indexOf(0, sp);
      if (sp < 0 || nul < 0 || nul + 21 > d.length) break;
      out.push({ mode: d.toString('latin1', i, sp), name: d.toString('utf8', sp + 1, nul), id: d.toString('hex', nul + 1, nul + 21) });
      i = nul + 21;
    }
    return out;
  }

  object(id: string): GitObject | undefined {
    if (this.cache.has(id)) return this.cache.get(id);
    const o = this.loose(id) ?? this.packed(id);
    // Trees and commits are read again (walks); blobs are not kept.
    if (o?.type !== 'blob') this.cache.set(id, o);
    return o;
  }

  private loose(id: string): GitObject | undefined {
    const file = join(this.commonDir, 'objects', id.slice(0, 2), id.slice(2));
    if (!existsSync(file)) return undefined;
    try {
      const raw = inflateSync(readFileSync(file));
      const nul = raw.indexOf(0);
      const [type] = raw.toString('latin1', 0, nul).split(' ');
      return { type: type as ObjectType, data: raw.subarray(nul + 1) };
    } catch {
      return undefined;
    }
  }

  private allPacks(): Pack[] {
    if (this.packs) return this.packs;
    const dir = join(this.commonDir, 'objects', 'pack');
    const packs: Pack[] = [];
    for (const name of existsSync(dir) ? readdirSync(dir) : []) {
      if (!name.endsWith('.idx')) continue;
      try {
        const idx = readFileSync(join(dir, name));
        // Version 2: magic \377tOc, version, 256 fan-out counts, ids, CRCs, 4-byte offsets, 8-byte offsets.
        if (idx.readUInt32BE(0) !== 0xff744f63 || idx.readUInt32BE(4) !== 2) continue;
        const count = idx.readUInt32BE(8 + 255 * 4);
        const idsAt = 8 + 256 * 4;
        packs.push({ fd: openSync(join(dir, name.replace(/\.idx$/, '.pack')), 'r'), idx, ids: idx.subarray(idsAt, idsAt + 20 * count), count });
      } catch {
        // An unreadable pack: its objects are not found.
      }
    }
    return (this.packs = packs);
  }

  /** Closes the pack files. */
  close(): void {
    for (const p of this.packs ?? []) closeSync(p.fd);
    this.packs = [];
  }

  private offsetOf(p: Pack, k: number): number {
    const offAt = 8 + 256 * 4 + 24 * p.count;
    const o = p.idx.readUInt32BE(offAt + 4 * k);
    return o & 0x80000000 ? Number(p.idx.readBigUInt64BE(offAt + 4 * p.count + 8 * (o & 0x7fffffff))) : o;
  }

  private packed(id: string): GitObject | undefined {
    const want = Buffer.from(id, 'hex');
    for (const p of this.allPacks()) {
      let lo = 0;
      let hi = p.count;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const c = want.compare(p.ids, 20 * mid, 20 * mid + 20);
        if (c > 0) lo = mid + 1;
        else if (c < 0) hi = mid;
        else {
          try {
            return this.atOffset(p, this.offsetOf(p, mid), 0);
          } catch {
            return undefined;
          }
        }
      }
    }
    return undefined;
  }

  private read(p: Pack, at: number, length: number): Buffer {
    const b = Buffer.allocUnsafe(length);
    const n = readSync(p.fd, b, 0, length, at);
    return b.subarray(0, n);
  }

  /** Objects by pack offset: a delta chain's bases are read once, not once per object built on them. */
  private byOffset = new Map<Pack, Map<number, GitObject | undefined>>();

  private atOffset(p: Pack, offset: number, depth: number): GitObject | undefined {
    let m = this.byOffset.get(p);
    if (!m) this.byOffset.set(p, (m = new Map()));
    if (m.has(offset)) return m.get(offset);
    const o = this.readAt(p, offset, depth);
    if (o?.type !== 'blob') m.set(offset, o);
    return o;
  }

  private readAt(p: Pack, offset: number, depth: number): GitObject | undefined {
    if (depth > 64) return undefined;
    const h = this.read(p, offset, 32);
    let i = 0;
    let c = h[i++];
    const type = (c >> 4) & 7;
    let size = c & 15;
    let shift = 4;
    while (c & 0x80) {
      c = h[i++];
      size += (c & 0x7f) * 2 ** shift;
      shift += 7;
    }
    if (type === OFS_DELTA) {
      c = h[i++];
      let back = c & 0x7f;
      while (c & 0x80) {
        c = h[i++];
        back = (back + 1) * 128 + (c & 0x7f);
      }
      const base = this.atOffset(p, offset - back, depth + 1);
      return base && { type: base.type, data: applyDelta(base.data, this.inflate(p, offset + i, size)) };
    }
    if (type === REF_DELTA) {
      const baseId = h.toString('hex', i, i + 20);
      const base = this.object(baseId);
      return base && { type: base.type, data: applyDelta(base.data, this.inflate(p, offset + i + 20, size)) };
    }
    const t = TYPES[type];
    return t ? { type: t, data: this.inflate(p, offset + i, size) } : undefined;
  }

  /** The `size` bytes the zlib stream at `at` inflates to (deflate never grows data by more than a few bytes per block). */
  private inflate(p: Pack, at: number, size: number): Buffer {
    return inflateAt(this.read(p, at, size + (size >> 6) + 64), size);
  }
}

function inflateAt(b: Buffer, size: number): Buffer {
  // The zlib stream ends where it ends (what follows is the next object): inflate what there is.
  return inflateSync(b, { finishFlush: 2 /* Z_SYNC_FLUSH */ }).subarray(0, size);
}

function applyDelta(base: Buffer, delta: Buffer): Buffer {
  let i = 0;
  const varint = () => {
    let v = 0;
    let s = 0;
    let c: number;
    do {
      c = delta[i++];
      v += (c & 0x7f) * 2 ** s;
      s += 7;
    } while (c & 0x80);
    return v;
  };
  varint(); // the base's size
  const out = Buffer.alloc(varint());
  let o = 0;
  while (i < delta.length) {
    const op = delta[i++];
    if (op & 0x80) {
      let off = 0;
      let len = 0;
      for (let k = 0; k < 4; k++) if (op & (1 << k)) off += delta[i++] * 2 ** (8 * k);
      for (let k = 0; k < 3; k++) if (op & (16 << k)) len += delta[i++] * 2 ** (8 * k);
      if (len === 0) len = 0x10000;
      base.copy(out, o, off, off + len);
      o += len;
    } else if (op > 0) {
      delta.copy(out, o, i, i + op);
      o += op;
      i += op;
    } else break;
  }
  return out;
}
