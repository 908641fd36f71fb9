// Glob patterns (`**`, `*`, `?`, `{a,b}`, `[abc]`) as regular expressions over `/`-separated relative paths,
// for docset `exclude:` lists and the `elasticDocs.exclude` setting.

export function globToRegExp(glob: string): RegExp {
  let re = '';
  let i = 0;
  let inGroup = false;
  while (i < glob.length) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i += 2;
        if (glob[i] === '/') {
          i++;
          re += '(?:.*/)?';
        } else re += '.*';
        continue;
      }
      re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      inGroup = true;
      re += '(?:';
    } else if (c === '}' && inGroup) {
      inGroup = false;
      re += ')';
    } else if (c === ',' && inGroup) re += '|';
    else if (c === '[') {
      const close = glob.indexOf(']', i);
      if (close > i) {
        re += glob.slice(i, close + 1).replace(/^\[!/, '[^');
        i = close + 1;
        continue;
      }
      re += '\\[';
    } else re += c.replace(/[.+^$()|\\]/g, '\\$&');
    i++;
  }
  return new RegExp(`^${re}$`);
}

/** Matcher for a list of globs; entries starting with `!` re-include (docset `exclude:` semantics). */
export function globMatcher(globs: string[]): (relPath: string) => boolean {
  const rules = globs.map((g) => ({ negate: g.startsWith('!'), re: globToRegExp(g.replace(/^!/, '').replace(/^\.?\//, '')) }));
  return (rel) => {
    let hit = false;
    for (const r of rules) {
      if (r.re.test(rel) || (!r.re.source.includes('/') && r.re.test(rel.slice(rel.lastIndexOf('/') + 1)))) hit = !r.negate;
    }
    return hit;
  };
}
