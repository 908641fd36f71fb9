import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CODE_LANGUAGES,
  effectiveCodeLanguage,
  invalidCodeBlockArgumentsMessage,
  isKnownCodeLanguage,
  unknownLanguageMessage,
} from '../../server/src/data/codeLanguages';

test('languages and their aliases are known, case-insensitively', () => {
  for (const lang of ['bash', 'sh', 'zsh', 'yaml', 'yml', 'JSON', 'esql', 'eql', 'apiheader', 'mermaid', 'html.hbs', 'ts', 'Python']) {
    assert.equal(isKnownCodeLanguage(lang), true, lang);
  }
  assert.equal(CODE_LANGUAGES.find((l) => l.name === 'xml')?.aliases.includes('svg'), true);
});

test('docs-builder rewrites some languages before checking them', () => {
  assert.equal(effectiveCodeLanguage('console'), 'json');
  assert.equal(effectiveCodeLanguage('console-result'), 'json');
  assert.equal(effectiveCodeLanguage('terminal'), 'bash');
  assert.equal(effectiveCodeLanguage('painless'), 'java');
  assert.equal(effectiveCodeLanguage('lucene'), 'json');
  assert.equal(effectiveCodeLanguage('Terminal'), 'Terminal'); // the rewrite is case-sensitive
  assert.equal(isKnownCodeLanguage('console-response'), true);
  assert.equal(isKnownCodeLanguage('Terminal'), false);
});

test('unknown languages and the warning text', () => {
  for (const lang of ['jsonx', 'hcl', 'terraform', 'kql', 'asciidoctor']) assert.equal(isKnownCodeLanguage(lang), false, lang);
  assert.equal(isKnownCodeLanguage(''), true);
  assert.equal(unknownLanguageMessage('hcl'), 'Unknown language: hcl');
  assert.equal(
    invalidCodeBlockArgumentsMessage('foo=bar'),
    'Unable to parse code block arguments: foo=bar. Valid arguments are callouts, subs.',
  );
});
