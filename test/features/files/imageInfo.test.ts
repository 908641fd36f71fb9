// Pixel sizes from image headers: PNG, GIF, JPEG, WebP (three kinds), BMP, SVG; unknown bytes give nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatBytes, isImagePath, pixelSize } from '../../../server/src/features/files/imageInfo';
import { SHARED } from '../../paths';

const bytes = (...parts: (number[] | string)[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));
const be32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const le16 = (n: number) => [n & 255, (n >>> 8) & 255];
const le24 = (n: number) => [n & 255, (n >>> 8) & 255, (n >>> 16) & 255];
const le32 = (n: number) => [n & 255, (n >>> 8) & 255, (n >>> 16) & 255, (n >>> 24) & 255];

test('pixelSize: PNG, GIF, JPEG (after an APP0 segment), WebP VP8 / VP8L / VP8X, BMP', () => {
  assert.deepEqual(pixelSize(bytes([0x89], 'PNG\r\n\x1a\n', be32(13), 'IHDR', be32(1094), be32(190), [8, 6, 0, 0, 0])), { width: 1094, height: 190 });
  assert.deepEqual(pixelSize(bytes('GIF89a', le16(320), le16(200), [0, 0, 0])), { width: 320, height: 200 });
  const app0 = [0xff, 0xe0, 0, 16, ...bytes('JFIF\0'), 1, 1, 0, 0, 1, 0, 1, 0, 0];
  assert.deepEqual(pixelSize(bytes([0xff, 0xd8], app0, [0xff, 0xc0, 0, 17, 8], [0x01, 0xe0], [0x02, 0x80], [3, 0, 0, 0, 0, 0, 0, 0, 0, 0])), { width: 640, height: 480 });
  const riff = (chunk: string, body: number[]) => bytes('RIFF', le32(100), 'WEBP', chunk, le32(10), body);
  assert.deepEqual(pixelSize(riff('VP8 ', [0, 0, 0, 0x9d, 0x01, 0x2a, ...le16(800), ...le16(600), 0, 0])), { width: 800, height: 600 });
  const vp8l = (799 & 0x3fff) | ((599 & 0x3fff) << 14);
  assert.deepEqual(pixelSize(riff('VP8L', [0x2f, ...le32(vp8l), 0, 0, 0, 0, 0])), { width: 800, height: 600 });
  assert.deepEqual(pixelSize(riff('VP8X', [0, 0, 0, 0, ...le24(1023), ...le24(767), 0, 0])), { width: 1024, height: 768 });
  assert.deepEqual(pixelSize(bytes('BM', new Array(16).fill(0), le32(50), le32(-40), [0, 0])), { width: 50, height: 40 });
});

test('pixelSize: SVG width and height, else the viewBox; percentages give nothing', () => {
  const svg = (s: string) => new TextEncoder().encode(`<?xml version="1.0"?>\n${s}`);
  assert.deepEqual(pixelSize(svg('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80px">')), { width: 120, height: 80 });
  assert.deepEqual(pixelSize(svg("<svg viewBox='0 0 24 16' width='100%'>")), { width: 24, height: 16 });
  assert.equal(pixelSize(svg('<svg width="100%" height="100%">')), undefined);
});

test('pixelSize: nothing for truncated or unknown bytes', () => {
  assert.equal(pixelSize(bytes([0x89], 'PNG')), undefined);
  assert.equal(pixelSize(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16])), undefined);
  assert.equal(pixelSize(bytes('plain text')), undefined);
  assert.equal(pixelSize(new Uint8Array()), undefined);
});

test('pixelSize: a real PNG of the docs-builder docset', () => {
  const png = readFileSync(join(SHARED, 'corpus', 'docs-builder', 'docs', 'syntax', 'images', 'annotations.png'));
  assert.deepEqual(pixelSize(new Uint8Array(png.subarray(0, 64))), { width: 1094, height: 190 });
});

test('isImagePath and formatBytes', () => {
  assert.deepEqual(['a.PNG', 'b.svg', 'c.md', 'd', 'e.jpeg'].map(isImagePath), [true, true, false, false, true]);
  assert.deepEqual([512, 2048, 5 * 1024 * 1024].map(formatBytes), ['512 bytes', '2.0 KB', '5.0 MB']);
});
