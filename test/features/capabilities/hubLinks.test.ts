import { test } from 'node:test';
import assert from 'node:assert/strict';
import { r } from '../../helpers';
import { diagnose } from '../links/util';

const files = (page: string, extra: Record<string, string> = {}) => ({
  'docs/page.md': `# Hub\n\n${page}`,
  'docs/getting-started/install.md': '# Install\n',
  'docs/syntax/index.md': '# Syntax\n',
  'docs/images/logo.svg': '<svg/>',
  ...extra,
});
const show = async (f: Record<string, string>) => (await diagnose(f, 'docs/page.md', ['hub.'])).map((d) => `${d.code} ${d.severity} ${r(d.range)} ${d.message}`);

test('hub.link-missing and hub.link-relative on link-card and get-started links (DirectiveLinkValidator)', async () => {
  const card = ':::{link-card}\ntitle: Card\nlink: /nope.md\nlinks:\n  - label: Relative\n    url: install.md\n:::\n\n:::{get-started}\ntitle: Steps\nsteps:\n  - title: One\n    link: /gone\n:::\n';
  assert.deepEqual(await show(files(card)), [
    'hub.link-missing error 4:6-4:14 Directive link `/nope.md` does not exist. If it was recently removed add a redirect.',
    'hub.link-relative error 7:9-7:19 Directive link `install.md` must be an absolute path starting with `/`, a cross-link scheme (for example `kibana://`), or an external URL.',
    'hub.link-missing error 14:10-14:15 Directive link `/gone` does not exist. If it was recently removed add a redirect.',
  ]);
});

test('hub.link-scheme: an undeclared cross-link scheme in a {hero} action', async () => {
  assert.deepEqual(await show(files(':::{hero}\n:title: Hub\n:primary-action: [Go](elasticsearch://reference/index.md)\n:secondary-action: [Kibana](kibana://index.md)\n:::\n')), [
    'hub.link-scheme error 4:22-4:56 Directive link `elasticsearch://reference/index.md` uses cross-link scheme `elasticsearch://` which is not declared under `cross_links` in docset.yml.',
  ]);
});

test('hub.link-redirect: a redirected path warns with its target', async () => {
  const f = files(':::{link-card}\ntitle: Card\nlink: /old.md\n:::\n', { 'docs/_redirects.yml': 'redirects:\n  old.md: getting-started/install.md\n' });
  assert.deepEqual(await show(f), ['hub.link-redirect warning 4:6-4:13 Directive link `/old.md` has a redirect; update to: getting-started/install.md']);
});

test('silent: existing paths (as given, with .md, as /index.md), anchors, external and declared links', async () => {
  const page = [
    ':::{hero}\n:title: Hub\n:primary-action: [Install](/getting-started/install)\n:secondary-action: [Kibana](kibana://index.md)\n:tertiary-action: [Explore](#explore)\n:::\n',
    ':::{link-card}\ntitle: Card\nlink: /syntax\nlinks:\n  - label: Logo\n    url: /images/logo.svg\n  - label: Web\n    url: https://www.elastic.co\n  - label: Mail\n    url: mailto:docs@elastic.co\n  - label: Root\n    url: /\n:::\n',
    ':::{whats-new}\n:product: kibana\n:::\n',
  ].join('\n');
  assert.deepEqual(await show(files(page)), []);
});
