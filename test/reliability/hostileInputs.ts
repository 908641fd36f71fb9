// Hostile inputs shared by the reliability test (is each handled?) and the benchmark (how long, how much).
export interface Hostile {
  name: string;
  text: () => string;
}

const directiveTower = (n: number) => {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) lines.push(`${':'.repeat(3 + (i % 5))}{note} level ${i}`);
  return lines.join('\n');
};

export const HOSTILE_PAGES: Hostile[] = [
  { name: '20 MB page of ordinary text', text: () => '# Big\n\n' + 'A paragraph with {{ech}} and [a link](other.md#x) and `code`.\n\n'.repeat(330_000) },
  { name: '100,000-line table', text: () => '| a | b |\n|---|---|\n' + '| ✓ cell | `x|y` |\n'.repeat(100_000) },
  { name: '5,000 nested directives', text: () => directiveTower(5000) },
  { name: 'a single 1 MB line', text: () => 'x{{'.repeat(350_000) },
  { name: 'a 1 MB line of brackets', text: () => '['.repeat(500_000) + ']('.repeat(250_000) },
  { name: '1 MB of backticks runs', text: () => '`a``b```c'.repeat(110_000) },
  { name: 'binary (NUL bytes)', text: () => 'PNG\u0000\u0001\u0002'.repeat(1000) },
  { name: 'non-UTF-8 bytes decoded', text: () => Buffer.from([0xff, 0xfe, 0x41, 0xc3, 0x28, 0x0a]).toString('utf8').repeat(1000) },
  { name: 'YAML alias bomb in front matter', text: () => `---\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\nsub: *f\napplies_to: *f\n---\n# T\n` },
  { name: 'very deep YAML in front matter', text: () => `---\napplies_to: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\n# T\n` },
  { name: 'unclosed fences at end of file', text: () => '# T\n\n::::{tab-set}\n:::{tab-item} A\n```bash\n<!--\n' },
  { name: 'lone surrogates and emoji', text: () => '# \uD800 title 😀\n\n{{\uDC00}} $$$\uD83D$$$ [\uD800](\uDFFF.md#\uD800)\n' },
];

export const HOSTILE_DOCSETS: Hostile[] = [
  { name: 'docset.yml that is not a map', text: () => '- a\n- b\n' },
  { name: 'docset.yml with an alias bomb', text: () => 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\nsubs: *d\ntoc: *d\n' },
  { name: 'docset.yml with invalid YAML', text: () => 'subs:\n  a: [\n' },
  { name: 'docset.yml deeply nested', text: () => `toc: ${'['.repeat(3000)}${']'.repeat(3000)}\n` },
];
