// Reads a V8 .cpuprofile (node --cpu-prof) and prints the functions with the most self time and the most
// inclusive time (each counted once per sample even when recursive). For finding costs, never a test.
//   node scripts/profile-summary.mjs PROFILE.cpuprofile [TOP=30] [FILTER]
import { readFileSync } from 'node:fs';

const [file, topArg, filter] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: node scripts/profile-summary.mjs PROFILE.cpuprofile [TOP] [FILTER]\n');
  process.exit(2);
}
const top = Number(topArg ?? 30);
const prof = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const name = (n) => {
  const f = n.callFrame;
  const where = f.url ? `${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}` : '';
  return `${f.functionName || '(anonymous)'} ${where}`.trim();
};
const dt = prof.timeDeltas;
const self = new Map();
const incl = new Map();
let total = 0;
for (let i = 0; i < prof.samples.length; i++) {
  const ms = (dt[i + 1] ?? dt[i] ?? 0) / 1000;
  total += ms;
  let id = prof.samples[i];
  const leaf = name(byId.get(id));
  self.set(leaf, (self.get(leaf) ?? 0) + ms);
  const seen = new Set();
  while (id !== undefined) {
    const k = name(byId.get(id));
    if (!seen.has(k)) {
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + ms);
    }
    id = parent.get(id);
  }
}
const show = (title, m) => {
  process.stdout.write(`\n${title} (of ${total.toFixed(0)} ms)\n`);
  [...m.entries()].filter(([k]) => !filter || k.includes(filter)).sort((a, b) => b[1] - a[1]).slice(0, top)
    .forEach(([k, v]) => process.stdout.write(`${v.toFixed(1).padStart(9)} ms ${(100 * v / total).toFixed(1).padStart(5)}%  ${k}\n`));
};
show('self', self);
show('inclusive', incl);
