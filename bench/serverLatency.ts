// Issue 16's live-server figures: the real server (dist/server.js) over stdio, as the editor speaks to it, on the
// large workspace (the corpus ×10) indexed. Opening the 1.1 MB page, typing one character at a time
// (incremental didChange) until that version's diagnostics arrive, hover and completion (latency, response size),
// the same on a typical page, a page with 100,000 problems, and the server's memory with 20 pages open before and
// after 2,000 edits. Each figure once with the server's own debounce ("visible": what a writer waits) and once with
// `debounceMs: 0` ("beyond the debounce": the work itself).
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CORPUS, markdownFiles, pageNear } from './corpus';
import { ServerSession } from './serverSession';
import { line, median, percentile } from './stats';

/** The server measured: this build's, or another build's dist/ (BENCH_SERVER_DIST=../wt-base/dist, for before/after). */
const DIST = process.env.BENCH_SERVER_DIST ?? join(__dirname, '..');

interface Published { uri: string; version?: number; diagnostics: unknown[] }

/** One server session with a model of each open document (its text and version), for incremental edits. */
class Editor {
  readonly docs = new Map<string, { text: string; version: number }>();
  /** Publishes seen, per `uri@version` (duplicates are a bug), and their JSON size. */
  readonly publishes = new Map<string, number>();
  publishedBytes = 0;
  /** The newest version published per URI (a wait for a version already published ends at once). */
  private readonly newest = new Map<string, number>();
  private waiters: { uri: string; version: number; resolve: (p: Published) => void }[] = [];

  constructor(readonly s: ServerSession) {
    s.publishListeners.add((p) => {
      const key = `${p.uri}@${p.version}`;
      this.publishes.set(key, (this.publishes.get(key) ?? 0) + 1);
      this.publishedBytes += JSON.stringify(p).length;
      if (p.version !== undefined && p.version > (this.newest.get(p.uri) ?? -1)) this.newest.set(p.uri, p.version);
      this.waiters = this.waiters.filter((w) => {
        if (w.uri !== p.uri || p.version === undefined || p.version < w.version) return true;
        w.resolve(p);
        return false;
      });
    });
  }

  /** Resolves at the first publish for `uri` of `version` or later. */
  published(uri: string, version: number): Promise<Published | undefined> {
    if ((this.newest.get(uri) ?? -1) >= version) return Promise.resolve(undefined);
    return new Promise((resolve) => this.waiters.push({ uri, version, resolve }));
  }

  async open(uri: string, text: string): Promise<number> {
    const prev = this.docs.get(uri);
    const version = (prev?.version ?? 0) + 1;
    this.docs.set(uri, { text, version });
    const p = this.published(uri, version);
    const t = performance.now();
    await this.s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
    await p;
    return performance.now() - t;
  }

  async close(uri: string): Promise<void> {
    await this.s.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Inserts `insert` at `offset` as an incremental change; returns the new version. */
  async insert(uri: string, offset: number, insert: string): Promise<number> {
    const d = this.docs.get(uri)!;
    const pos = positionAt(d.text, offset);
    d.text = d.text.slice(0, offset) + insert + d.text.slice(offset);
    d.version++;
    await this.s.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: d.version }, contentChanges: [{ range: { start: pos, end: pos }, text: insert }],
    });
    return d.version;
  }

  /** One character typed inside a line (after its first space), a different line each time: ms to its diagnostics. */
  async type(uri: string, n: number): Promise<number> {
    const d = this.docs.get(uri)!;
    const from = Math.floor((d.text.length * ((n * 37) % 100)) / 100);
    const lineStart = d.text.indexOf('\n', from) + 1 || 0;
    const eol = d.text.indexOf('\n', lineStart);
    const space = d.text.indexOf(' ', lineStart);
    const at = space > 0 && (eol < 0 || space < eol) ? space + 1 : lineStart;
    const t = performance.now();
    const v = d.version + 1;
    const p = this.published(uri, v);
    await this.insert(uri, at, 'x');
    await p;
    return performance.now() - t;
  }
}

function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, character: offset - start };
}

const ms = (xs: number[]) => `${median(xs).toFixed(1)} ms (${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)})`;

/** p50 and p95 of each round, their median (min–max) over the rounds. */
function rounds(name: string, all: number[][], target?: string): void {
  const flat = all.flat();
  line(name, `p50 ${ms(all.map((r) => median(r)))}, p95 ${ms(all.map((r) => percentile(r, 95)))}; ${all.length}×${all[0].length}, max ${Math.max(...flat).toFixed(1)} ms`, target);
}

async function typing(e: Editor, uri: string, name: string, roundsN: number, perRound: number, target?: string): Promise<void> {
  for (let i = 0; i < 5; i++) await e.type(uri, i);
  const all: number[][] = [];
  let n = 5;
  for (let r = 0; r < roundsN; r++) {
    const times: number[] = [];
    for (let i = 0; i < perRound; i++) times.push(await e.type(uri, n++));
    all.push(times);
  }
  rounds(name, all, target);
}

/** Hover on the page's first link, and completion after `](`, `{{` and `](#` typed on a new last line. */
async function requests(e: Editor, uri: string, name: string, target: string): Promise<void> {
  const d = e.docs.get(uri)!;
  const link = d.text.indexOf('](');
  const hoverAt = positionAt(d.text, link > 0 ? link + 3 : 0);
  const hover: number[][] = [];
  for (let r = 0; r < 3; r++) {
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t = performance.now();
      await e.s.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: hoverAt });
      times.push(performance.now() - t);
    }
    hover.push(times);
  }
  rounds(`  hover, ${name}`, hover, target);
  for (const [label, typed] of [['after `](`', '\nSee [x]('], ['after `{{`', '\nSee {{'], ['after `](#`', '\nSee [x](#']] as const) {
    const at = e.docs.get(uri)!.text.length;
    const v = e.docs.get(uri)!.version + 1;
    const p = e.published(uri, v);
    await e.insert(uri, at, typed);
    await p;
    const position = positionAt(e.docs.get(uri)!.text, at + typed.length);
    const all: number[][] = [];
    let size = 0;
    let items = 0;
    let incomplete = false;
    for (let r = 0; r < 3; r++) {
      const times: number[] = [];
      for (let i = 0; i < 20; i++) {
        const t = performance.now();
        const res = (await e.s.conn.sendRequest('textDocument/completion', { textDocument: { uri }, position })) as unknown[] | { items: unknown[]; isIncomplete: boolean } | null;
        times.push(performance.now() - t);
        size = JSON.stringify(res).length;
        items = Array.isArray(res) ? res.length : res?.items.length ?? 0;
        incomplete = !Array.isArray(res) && !!res?.isIncomplete;
      }
      all.push(times);
    }
    rounds(`  completion ${label}: ${items} items${incomplete ? ' (incomplete)' : ''}, ${(size / 1024).toFixed(0)} KB`, all, `${target}, < 100 KB`);
  }
}

/** A page with 50,000 undefined substitutions and 50,000 links to missing pages (not on disk: a new file). */
function problemsPage(): string {
  const out = ['# A page with 100,000 problems', ''];
  for (let i = 0; i < 50_000; i++) out.push(`Line ${i} uses {{no-such-sub-${i}}} and [a link](no-such-page-${i}.md).`);
  return `${out.join('\n')}\n`;
}

async function session(root: string, debounce: boolean): Promise<void> {
  const tag = debounce ? 'visible, with the server\'s debounce' : 'beyond the debounce (debounceMs 0)';
  const s = new ServerSession(DIST);
  const e = new Editor(s);
  await s.initialize(root, debounce ? undefined : { debounceMs: 0 });
  await s.indexReady;
  await new Promise((r) => setTimeout(r, 1500));
  const inCopy = (p: string) => join(root, 'copy-0', relative(CORPUS, p));
  const big = pathToFileURL(inCopy(join(CORPUS, 'elasticsearch-js', 'docs', 'reference', 'api-reference.md'))).toString();
  const typicalPath = inCopy(pageNear(20_000).path);
  const typical = pathToFileURL(typicalPath).toString();
  const bigText = readFileSync(new URL(big), 'utf8');

  line(`server over stdio, ${tag}`, '');
  const opens: number[] = [];
  for (let i = 0; i < 3; i++) {
    if (i) await e.close(big);
    opens.push(await e.open(big, bigText));
  }
  line('  1.1 MB page: didOpen → diagnostics', `median ${ms(opens)}`, '< 300 ms');
  await typing(e, big, `  1.1 MB page: didChange → diagnostics (${tag.split(',')[0]})`, 3, 30, debounce ? undefined : 'p95 < 20 ms');
  await requests(e, big, '1.1 MB page', 'p95 < 10 ms');

  await e.open(typical, readFileSync(typicalPath, 'utf8'));
  await typing(e, typical, `  typical page (${(e.docs.get(typical)!.text.length / 1024).toFixed(0)} KB): didChange → diagnostics`, 3, 30, debounce ? 'p95 < 30 ms' : 'p95 < 5 ms');
  await requests(e, typical, 'typical page', 'p95 < 10 ms');

  const problems = pathToFileURL(join(root, 'copy-0', 'docs-builder', 'docs', 'bench-100k-problems.md')).toString();
  const text = problemsPage();
  const before = e.publishedBytes;
  const firstMs = await e.open(problems, text);
  line('  100,000-problem page: didOpen → diagnostics', `${firstMs.toFixed(0)} ms, ${((e.publishedBytes - before) / 1e6).toFixed(1)} MB published`, '< 1 s');
  const per: number[][] = [];
  for (let r = 0; r < 3; r++) {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) times.push(await e.type(problems, r * 5 + i));
    per.push(times);
  }
  rounds('  100,000-problem page: didChange → diagnostics', per, '< 100 ms');
  await e.close(problems);
  await e.close(big);
  await e.close(typical);

  const dup = [...e.publishes.entries()].filter(([k, n]) => n > 1 && !k.endsWith('@undefined'));
  line('  versions published more than once', `${dup.length} of ${[...e.publishes.keys()].filter((k) => !k.endsWith('@undefined')).length}${dup.length ? ` (e.g. ${dup[0][1]}× ${dup[0][0].replace(/^.*\//, '')})` : ''}`, '0');
  await s.stop();
}

/**
 * RSS with the workspace indexed and 20 pages open, then after 2,000 edits over them (bursts of 20, 40 ms apart), in a
 * server of its own: what the other figures' sessions did (the 100,000-problem page) does not count here.
 */
async function memorySession(root: string): Promise<void> {
  const s = new ServerSession(DIST);
  const e = new Editor(s);
  await s.initialize(root);
  await s.indexReady;
  await new Promise((r) => setTimeout(r, 1500));
  line('server over stdio, memory', '');
  await memory(e, root);
  await s.stop();
}

async function memory(e: Editor, root: string): Promise<void> {
  const pages = markdownFiles(join(root, 'copy-1')).filter((p) => p.endsWith('.md')).sort().filter((_, i) => i % 13 === 0).slice(0, 19);
  pages.push(join(root, 'copy-1', 'elasticsearch-js', 'docs', 'reference', 'api-reference.md'));
  const uris = pages.map((p) => pathToFileURL(p).toString());
  for (let i = 0; i < uris.length; i++) await e.open(uris[i], readFileSync(pages[i], 'utf8'));
  await new Promise((r) => setTimeout(r, 2000));
  const m0 = e.s.memory();
  for (let i = 0; i < 2000; i++) {
    const uri = uris[i % uris.length];
    const d = e.docs.get(uri)!;
    await e.insert(uri, Math.floor((d.text.length * ((i * 37) % 100)) / 100), 'x');
    if (i % 20 === 19) await new Promise((r) => setTimeout(r, 40));
  }
  await Promise.all(uris.map((u) => e.published(u, e.docs.get(u)!.version)));
  await new Promise((r) => setTimeout(r, 2000));
  const m1 = e.s.memory();
  if (m0 && m1) line('  server RSS, workspace indexed, 20 pages open: before / after 2,000 edits', `${m0.rssMB.toFixed(0)} MB / ${m1.rssMB.toFixed(0)} MB (peak ${m1.peakMB.toFixed(0)} MB)`, '< 150 MB, flat');
  for (const u of uris) await e.close(u);
}

/**
 * One page typed in alone, beyond the debounce, 10 rounds of 30 edits: SERVER_BENCH=typical (the ~20 KB page) or
 * SERVER_BENCH=big (the 1.1 MB page), to profile what a keystroke costs over stdio
 * (SERVER_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof'). Not part of the default run.
 */
async function onePageSession(root: string, which: 'typical' | 'big'): Promise<void> {
  const s = new ServerSession(DIST);
  const e = new Editor(s);
  await s.initialize(root, { debounceMs: 0 });
  await s.indexReady;
  await new Promise((r) => setTimeout(r, 1500));
  const source = which === 'big' ? join(CORPUS, 'elasticsearch-js', 'docs', 'reference', 'api-reference.md') : pageNear(20_000).path;
  const path = join(root, 'copy-0', relative(CORPUS, source));
  const uri = pathToFileURL(path).toString();
  await e.open(uri, readFileSync(path, 'utf8'));
  const label = which === 'big' ? '1.1 MB page' : 'typical page';
  line(`server over stdio, the ${label} alone, beyond the debounce`, '');
  const m0 = s.memory();
  await typing(e, uri, `  ${label} (${(e.docs.get(uri)!.text.length / 1024).toFixed(0)} KB): didChange → diagnostics`, 10, 30, which === 'big' ? 'p95 < 20 ms' : 'p95 < 5 ms');
  const m1 = s.memory();
  if (m0 && m1) line('  server RSS before / after the edits', `${m0.rssMB.toFixed(0)} MB / ${m1.rssMB.toFixed(0)} MB (peak ${m1.peakMB.toFixed(0)} MB)`);
  await s.stop();
}

/** The three sessions; SERVER_BENCH=visible, beyond or memory runs one (e.g. to profile the server with NODE_OPTIONS=--cpu-prof). */
export async function serverLatency(root: string): Promise<void> {
  const only = process.env.SERVER_BENCH;
  if (only === 'typical' || only === 'big') return onePageSession(root, only);
  if (only !== 'beyond' && only !== 'memory') await session(root, true);
  if (only !== 'visible' && only !== 'memory') await session(root, false);
  if (!only || only === 'memory') await memorySession(root);
}
