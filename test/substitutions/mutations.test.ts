import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  MAX_MUTATIONS,
  MUTATIONS,
  applyMutation,
  applyMutations,
  isKnownMutation,
  resolveMutation,
  type MutationInfo,
} from '../../server/src/substitutions/mutations';

function info(name: string): MutationInfo {
  const m = MUTATIONS.find((x) => x.name === name);
  assert.ok(m, `no mutation ${name}`);
  return m;
}
const one = (value: string, name: string): string => applyMutation(value, info(name));

test('MUTATIONS lists the 14 operators in docs-builder enum order', () => {
  assert.deepEqual(
    MUTATIONS.map((m) => m.name),
    ['M', 'M.x', 'M.M', 'M+1', 'M.M+1', 'lc', 'uc', 'tc', 'c', 'kc', 'sc', 'cc', 'pc', 'trim'],
  );
  assert.equal(MAX_MUTATIONS, 10);
  for (const m of MUTATIONS) assert.ok(m.description.length > 10, m.name);
  assert.deepEqual(MUTATIONS.filter((m) => m.version).map((m) => m.name), ['M', 'M.x', 'M.M', 'M+1', 'M.M+1']);
});

test('names are case-insensitive, trimmed, and enum member names and numbers are accepted', () => {
  assert.equal(isKnownMutation('lc'), true);
  assert.equal(isKnownMutation('LC'), true);
  assert.equal(isKnownMutation('m.m'), true);
  assert.equal(isKnownMutation('m.X'), true);
  assert.equal(isKnownMutation(' trim '), true);
  assert.equal(isKnownMutation('TRIM'), true);
  assert.equal(resolveMutation('LowerCase')?.info?.name, 'lc');
  assert.equal(resolveMutation('majorminor')?.info?.name, 'M.M');
  assert.equal(resolveMutation('5')?.info?.name, 'lc');
  assert.equal(resolveMutation('+0')?.info?.name, 'M');
  const outside = resolveMutation('99');
  assert.deepEqual(outside, { written: '99', info: undefined });
  assert.equal(isKnownMutation('-1'), true);
  assert.equal(isKnownMutation('lower'), false);
  assert.equal(isKnownMutation('M.m.m'), false);
  assert.equal(isKnownMutation('x'), false);
  assert.equal(isKnownMutation(''), false);
  assert.equal(isKnownMutation('99999999999'), false);
  assert.equal(isKnownMutation('1.5'), false);
});

test('version operators', () => {
  assert.equal(one('9.1.2', 'M'), '9');
  assert.equal(one('9.1.2', 'M.x'), '9.x');
  assert.equal(one('9.1.2', 'M.M'), '9.1');
  assert.equal(one('9.1.2', 'M+1'), '10.0.0');
  assert.equal(one('9.1.2', 'M.M+1'), '9.2.0');
  assert.equal(one('9.1.0-beta1+build.5', 'M.M'), '9.1');
  assert.equal(one('9.1.0-beta1', 'M.M+1'), '9.2.0');
});

test('version operators retry with ".0" appended', () => {
  assert.equal(one('9.1', 'M'), '9');
  assert.equal(one('9.1', 'M.M'), '9.1');
  assert.equal(one('9.1', 'M+1'), '10.0.0');
  assert.equal(one('9.1', 'M.M+1'), '9.2.0');
});

test('version operators leave values that are not versions unchanged', () => {
  assert.equal(one('Elastic Stack', 'M'), 'Elastic Stack');
  assert.equal(one('9', 'M.M'), '9'); // "9" and "9.0" are both not full versions
  assert.equal(one('v9.1.0', 'M'), 'v9.1.0');
  assert.equal(one(' 9.1.0', 'M'), ' 9.1.0');
  assert.equal(one('09.1.0', 'M'), '09.1.0');
  assert.equal(one('9.1.0.0', 'M'), '9.1.0.0');
  assert.equal(one('', 'M+1'), '');
});

test('lc and uc use invariant, length-preserving casing', () => {
  assert.equal(one('Elastic Cloud', 'lc'), 'elastic cloud');
  assert.equal(one('Elastic Cloud', 'uc'), 'ELASTIC CLOUD');
  assert.equal(one('straße', 'uc'), 'STRAßE');
  assert.equal(one('ΟΔΟΣ', 'lc'), 'οδοσ'); // no final-sigma rule in .NET
  assert.equal(one('İstanbul', 'lc'), 'İstanbul');
  assert.equal(one('ıi', 'uc'), 'ıI');
});

test('tc splits on single spaces and only touches first letters', () => {
  assert.equal(one('elastic cloud hosted', 'tc'), 'Elastic Cloud Hosted');
  assert.equal(one('eLASTIC cloud', 'tc'), 'ELASTIC Cloud');
  assert.equal(one('a  b', 'tc'), 'A  B');
  assert.equal(one('a\tb', 'tc'), 'A\tb');
  assert.equal(one('', 'tc'), '');
});

test('c capitalizes the first character only', () => {
  assert.equal(one('elastic cloud', 'c'), 'Elastic cloud');
  assert.equal(one('9.1', 'c'), '9.1');
  assert.equal(one('', 'c'), '');
});

test('kc, sc and cc follow .NET JsonNamingPolicy and then remove spaces', () => {
  assert.equal(one('Elastic Cloud Hosted', 'kc'), 'elastic-cloud-hosted');
  assert.equal(one('Elastic Cloud Hosted', 'sc'), 'elastic_cloud_hosted');
  assert.equal(one('Elastic Cloud Hosted', 'cc'), 'elasticCloudHosted');
  assert.equal(one('APIKey', 'kc'), 'api-key');
  assert.equal(one('APIKey', 'sc'), 'api_key');
  assert.equal(one('APIKey', 'cc'), 'apiKey');
  assert.equal(one('myXMLParser', 'kc'), 'my-xml-parser');
  assert.equal(one('myXMLParser', 'sc'), 'my_xml_parser');
  assert.equal(one('myXMLParser', 'cc'), 'myXMLParser');
  assert.equal(one('XMLParser', 'cc'), 'xmlParser');
  assert.equal(one('SHA512Hash', 'kc'), 'sha512-hash');
  assert.equal(one('elastic cloud', 'cc'), 'elasticcloud');
  assert.equal(one('ABC DEF', 'cc'), 'abcDEF');
  assert.equal(one('  Elastic   Cloud  ', 'kc'), 'elastic-cloud');
  assert.equal(one('Elastic (ECH) Cloud', 'kc'), 'elastic(ech)cloud'); // punctuation swallows the pending separator
  assert.equal(one('APM .NET Agent', 'sc'), 'apm.net_agent');
  assert.equal(one('ABC__DEF', 'sc'), 'abc__def');
});

test('pc is title case without spaces', () => {
  assert.equal(one('elastic cloud hosted', 'pc'), 'ElasticCloudHosted');
  assert.equal(one('Elastic Cloud', 'pc'), 'ElasticCloud');
});

test('trim removes trailing punctuation and whitespace, never leading', () => {
  assert.equal(one('Hello world!?. ', 'trim'), 'Hello world');
  assert.equal(one('  keep leading;:,\t\r\n', 'trim'), '  keep leading');
  assert.equal(one('...', 'trim'), '');
  assert.equal(one('a-', 'trim'), 'a-');
});

test('applyMutations chains left to right and records each step', () => {
  const r = applyMutations('9.1.4', ['M+1', 'M.M']);
  assert.equal(r.result, '10.0');
  assert.deepEqual(r.steps, [
    { mutation: 'M+1', input: '9.1.4', output: '10.0.0' },
    { mutation: 'M.M', input: '10.0.0', output: '10.0' },
  ]);
  assert.deepEqual(r.unknown, []);
  assert.equal(applyMutations('elastic cloud hosted', ['tc', 'cc']).result, 'elasticCloudHosted');
  assert.equal(applyMutations('Elastic Cloud!', ['TRIM', 'UC']).result, 'ELASTIC CLOUD');
});

test('applyMutations skips unknown and empty names but applies the rest', () => {
  const r = applyMutations('Kibana', [' foo ', 'uc', '', 'bar']);
  assert.equal(r.result, 'KIBANA');
  assert.deepEqual(r.unknown, ['foo', 'bar']);
  assert.deepEqual(r.steps, [{ mutation: 'uc', input: 'Kibana', output: 'KIBANA' }]);
});

test('applyMutations with an out-of-range number records a no-op step', () => {
  const r = applyMutations('Kibana', ['42']);
  assert.equal(r.result, 'Kibana');
  assert.deepEqual(r.steps, [{ mutation: '42', input: 'Kibana', output: 'Kibana' }]);
  assert.deepEqual(applyMutations('9.1.0', []), { result: '9.1.0', steps: [], unknown: [] });
});
