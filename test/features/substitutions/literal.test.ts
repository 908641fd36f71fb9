import { test } from 'node:test';
import assert from 'node:assert/strict';
import { r } from '../../helpers';
import { setup } from './util';

const PAGE = [
  '---',
  'title: Elastic Cloud guide',
  'sub:',
  '  local: "Local Thing"',
  '---',
  '# About Elastic Cloud Hosted',
  '',
  '## Setup Elastic Cloud [Kibana]',
  '',
  'Deploy on Elastic Cloud Hosted today. Elastic Cloud is great.',
  'Not in `Elastic Cloud` code, [Elastic Cloud](https://x/Elastic-Cloud) links, {{ech}} subs, {icon}`Elastic Cloud`.',
  'Elastic Agent Builder is new. The Elastic Agent is old.',
  'Kibana.yml, Elasticsearch-based, ElasticsearchX, Elasticsearch\'s docs. Kibana too.',
  'Local Thing here. Version 9.1.3 here. Hello world! here.',
  '',
  '% Elastic Cloud in a comment',
  '<!--',
  'Elastic Cloud in a block comment',
  '-->',
  '',
  '```sh',
  'Elastic Cloud',
  '```',
  '',
  ':::{note} Elastic Cloud title',
  ':open: Elastic Cloud',
  'Elastic Cloud body',
  ':::',
  '',
  ':::{get-started}',
  'title: Elastic Cloud in YAML',
  ':::',
  '',
].join('\n');

async function literals(text: string, on = true) {
  const s = setup(text, {}, { suggestSubstitutions: on });
  const ds = await s.ls.diagnostics(s.doc);
  return ds.filter((d) => d.code === 'sub.literal');
}

test('sub.literal: plain prose equal to a value, longest first, whole words, preferred key first', async () => {
  const ds = await literals(PAGE);
  assert.deepEqual(ds.map((d) => `${r(d.range)} ${(d.data as { keys: string[] }).keys.join(',')}`), [
    '7:9-7:22 ecloud',
    '9:10-9:30 ech,product.cloud-hosted,product.ess',
    '9:38-9:51 ecloud',
    '11:34-11:47 agent,product.elastic-agent',
    '12:49-12:62 es,product.elasticsearch',
    '12:71-12:77 product.kibana',
    '13:0-13:11 local',
    '13:38-13:50 hello',
    '26:0-26:13 ecloud',
  ]);
  assert.equal(ds[1].severity, 'information');
  assert.equal(ds[1].message, 'Use {{ech}} instead of the literal text "Elastic Cloud Hosted"');
});

test('sub.literal: off unless the setting turns it on; never version.* or context.* values', async () => {
  assert.deepEqual(await literals(PAGE, false), []);
  const ds = await literals('# Release notes\n\nStack 9.1.3 and the page title Release notes.\n');
  assert.deepEqual(ds, []);
});
