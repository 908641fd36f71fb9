// Pages docs-builder generates from a CLI schema (`toc: - cli: schema.json, folder: cli`): they exist for links
// although no file is on disk (CliReferenceDocsBuilderExtension). One page per namespace (`<folder>/<ns…>/index.md`)
// and per command (`<folder>/<ns…>/<name>.md`, `cmd-index.md` for a command named `index`), plus the root
// `<folder>/index.md`. A supplemental file (`cmd-<name>.md`, `<ns>/index.md`, `ns-<ns>.md`, flat `cmd-<ns>-<name>.md`)
// adds content to a generated page; its anchors are the generated page's hand-written ones.
import { isMap, isSeq, parseDocument, type Node } from 'yaml';
import type { Docset } from '../../docset/docset';
import { scalarString } from '../../model/frontMatter';
import { joinUri, type Workspace } from '../../workspace';

export interface CliPages {
  /** Generated page URI → its supplemental file's URI (when one exists). */
  pages: Map<string, string | undefined>;
  /** Supplemental file URI → the generated page it renders as. */
  supplemental: Map<string, string>;
}

interface CliRef {
  schema: string;
  folder: string;
}

function cliRefs(node: Node | null | undefined, prefix: string, out: CliRef[]): void {
  if (!isSeq(node)) return;
  for (const item of node.items) {
    if (!isMap(item)) continue;
    const get = (k: string) => scalarString(item.get(k, true));
    const cli = get('cli');
    const folder = get('folder');
    if (cli) {
      out.push({ schema: prefix + cli, folder: prefix + (folder ?? cli.replace(/[^/]*$/, '')).replace(/^\.?\/|\/$/g, '') });
      continue;
    }
    cliRefs(item.get('children', true) as Node | undefined, folder ? `${prefix}${folder.replace(/\/$/, '')}/` : prefix, out);
  }
}

interface Schema {
  commands?: { name?: unknown }[];
  namespaces?: Namespace[];
}

interface Namespace extends Schema {
  segment?: unknown;
}

const cache = new WeakMap<Docset, Promise<CliPages>>();
/** The same, once read (what `cliPagesNow` answers). */
const settled = new WeakMap<Docset, CliPages>();

/** The generated CLI pages of a docset (empty when its ToC has no `cli:` entry). Cached per docset model. */
export function cliPages(docset: Docset, ws: Workspace): Promise<CliPages> {
  let p = cache.get(docset);
  if (!p) {
    p = readCliPages(docset, ws).catch(() => ({ pages: new Map(), supplemental: new Map() }));
    cache.set(docset, p);
    void p.then((c) => settled.set(docset, c));
  }
  return p;
}

/** The CLI pages of a docset if they have been read already (by `cliPages`), else undefined. */
export function cliPagesNow(docset: Docset): CliPages | undefined {
  return settled.get(docset);
}

async function readCliPages(docset: Docset, ws: Workspace): Promise<CliPages> {
  const out: CliPages = { pages: new Map(), supplemental: new Map() };
  const refs: CliRef[] = [];
  if (docset.tocNode !== undefined) cliRefs(docset.tocNode, '', refs);
  else {
    const text = await ws.readFile(docset.uri);
    if (!text || !/^\s*-?\s*cli\s*:/m.test(text)) return out;
    cliRefs(parseDocument(text).get('toc', true) as Node | undefined, '', refs);
  }
  for (const ref of refs) {
    const json = await ws.readFile(joinUri(docset.root, ref.schema));
    if (!json) continue;
    const schema = JSON.parse(json) as Schema;
    const base = ref.folder ? joinUri(docset.root, ref.folder) : docset.root;
    const exists = async (rel: string) => (await ws.stat(joinUri(base, rel)))?.type === 'file';
    const add = async (page: string, candidates: string[]) => {
      const uri = joinUri(base, page);
      let supplemental: string | undefined;
      for (const c of candidates) {
        if (await exists(c)) {
          supplemental = joinUri(base, c);
          break;
        }
      }
      out.pages.set(uri, supplemental);
      if (supplemental) out.supplemental.set(supplemental, uri);
    };
    const walk = async (node: Schema, segs: string[]): Promise<void> => {
      for (const c of node.commands ?? []) {
        if (typeof c.name !== 'string') continue;
        const dir = segs.length ? `${segs.join('/')}/` : '';
        const file = c.name.toLowerCase() === 'index' ? `cmd-${c.name}` : c.name;
        await add(`${dir}${file}.md`, [`${dir}cmd-${c.name}.md`, `cmd-${[...segs, c.name].join('-')}.md`]);
      }
      for (const ns of node.namespaces ?? []) {
        if (typeof ns.segment !== 'string') continue;
        const s = [...segs, ns.segment];
        const parent = segs.length ? `${segs.join('/')}/` : '';
        await add(`${s.join('/')}/index.md`, [`${s.join('/')}/index.md`, `${parent}ns-${ns.segment}.md`, `ns-${s.join('-')}.md`]);
        await walk(ns, s);
      }
    };
    await add('index.md', ['ns-root.md']);
    await walk(schema, []);
  }
  return out;
}
