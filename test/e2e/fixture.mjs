// Builds the workspace the end-to-end suite opens: one docset with two substitutions, the seed page this project
// started from, and two small pages of our own for navigation. The suite reads expectations (lines, offsets) from
// these files, so changing a page here cannot make a test pass by accident.
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const DOCSET_DIR = 'docs';

const DOCSET_YML = `project: 'Elastic Docs e2e fixture'
subs:
  ech: "Elastic Cloud Hosted"
  es: Elasticsearch
toc:
  - file: security.md
  - file: links.md
  - file: other.md
`;

const OTHER_MD = `# Other page

An introduction that mentions {{es}}.

## Some heading

The section that links.md points to.
`;

const LINKS_MD = `# Links

Read [x](other.md#some-heading) before you start.
`;

/**
 * Writes the fixture into `dir` (created if needed) and returns `dir`. The seed page is copied from
 * `<repo>/../shared/samples/security.md`, or from `$SHARED_DIR/samples/security.md` when that is set.
 */
export function createFixture(dir, { repo }) {
  const shared = process.env.SHARED_DIR ? resolve(process.env.SHARED_DIR) : resolve(repo, '..', 'shared');
  const seed = join(shared, 'samples', 'security.md');
  if (!existsSync(seed)) throw new Error(`the seed page ${seed} is missing (set SHARED_DIR to the folder that holds samples/)`);
  const docs = join(dir, DOCSET_DIR);
  mkdirSync(docs, { recursive: true });
  writeFileSync(join(docs, 'docset.yml'), DOCSET_YML);
  copyFileSync(seed, join(docs, 'security.md'));
  writeFileSync(join(docs, 'other.md'), OTHER_MD);
  writeFileSync(join(docs, 'links.md'), LINKS_MD);
  return dir;
}
