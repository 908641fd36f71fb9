import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  dotnetTrim,
  lowerChar,
  toDotnetCamelCase,
  toLowerInvariant,
  toSeparatedLower,
  toUpperInvariant,
  upperChar,
} from '../../server/src/substitutions/dotnetText';

test('invariant casing keeps the length and the Turkish dotted/dotless i', () => {
  assert.equal(toUpperInvariant('ﬀ ß ŉ'), 'ﬀ ß ŉ');
  assert.equal(toUpperInvariant('ᾳ'), 'ᾼ');
  assert.equal(toUpperInvariant('ǆ'), 'Ǆ');
  assert.equal(toUpperInvariant('ı'), 'ı');
  assert.equal(toLowerInvariant('İ'), 'İ');
  assert.equal(toLowerInvariant('ΣΑΣ'), 'σασ');
  assert.equal(toUpperInvariant('𐐨'), '𐐀'); // Deseret, outside the BMP: cased by code point
  assert.equal(upperChar('\ud801'), '\ud801');
  assert.equal(lowerChar('A'), 'a');
  assert.equal(upperChar('é'), 'É');
});

test('dotnetTrim trims char.IsWhiteSpace, unlike String.prototype.trim', () => {
  assert.equal(dotnetTrim('\u0085 lc \u00a0'), 'lc');
  assert.equal(dotnetTrim('\ufefflc'), '\ufefflc');
  assert.equal(dotnetTrim('\u3000lc\u2029'), 'lc');
  assert.equal(dotnetTrim(''), '');
});

test('separator policy word boundaries', () => {
  assert.equal(toSeparatedLower('XMLReader', '_'), 'xml_reader');
  assert.equal(toSeparatedLower('SHA512Hash', '-'), 'sha512-hash');
  assert.equal(toSeparatedLower('ABC???def', '_'), 'abc???def');
  assert.equal(toSeparatedLower('already-kebab', '-'), 'already-kebab');
  assert.equal(toSeparatedLower('A B', '-'), 'a-b');
  assert.equal(toSeparatedLower('a. b', '-'), 'a.b'); // spaces after punctuation are dropped
  assert.equal(toSeparatedLower('a\u00a0b', '_'), 'a_b'); // any space separator
  assert.equal(toSeparatedLower('a\tb', '_'), 'a\tb'); // a tab is not a space separator
  assert.equal(toSeparatedLower('v9.1', '-'), 'v9.1');
  assert.equal(toSeparatedLower('', '-'), '');
});

test('camel case policy', () => {
  assert.equal(toDotnetCamelCase('Elastic Cloud'), 'elastic Cloud');
  assert.equal(toDotnetCamelCase('URLValue'), 'urlValue');
  assert.equal(toDotnetCamelCase('ID'), 'id');
  assert.equal(toDotnetCamelCase('A'), 'a');
  assert.equal(toDotnetCamelCase('Ab'), 'ab');
  assert.equal(toDotnetCamelCase('lower Case'), 'lower Case');
  assert.equal(toDotnetCamelCase(''), '');
});
