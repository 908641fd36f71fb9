// The pixel size of an image, read from the start of its file: PNG (IHDR), GIF (logical screen), JPEG (the first
// start-of-frame marker), WebP (VP8, VP8L, VP8X), BMP (info header) and SVG (`width` / `height`, else `viewBox`).
// Pure: bytes in, size out; undefined when the header is not understood.

export interface PixelSize {
  width: number;
  height: number;
}

/** Image files by extension (completion offers these, hover reads their size). */
export const IMAGE_EXTENSIONS = new Set(['png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'avif', 'bmp', 'ico', 'tif', 'tiff']);

export function isImagePath(path: string): boolean {
  const m = /\.([A-Za-z0-9]+)$/.exec(path);
  return m !== null && IMAGE_EXTENSIONS.has(m[1].toLowerCase());
}

/** How many bytes the header of this kind of file needs (JPEG metadata can come before the frame). */
export function headerBytes(path: string): number {
  return /\.jpe?g$/i.test(path) ? 256 * 1024 : /\.svg$/i.test(path) ? 16 * 1024 : 64;
}

const u16be = (b: Uint8Array, i: number) => (b[i] << 8) | b[i + 1];
const u16le = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u24le = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8) | (b[i + 2] << 16);
const u32be = (b: Uint8Array, i: number) => ((b[i] << 24) >>> 0) + ((b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]);
const i32le = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24);
const ascii = (b: Uint8Array, i: number, n: number) => String.fromCharCode(...b.subarray(i, i + n));

function valid(width: number, height: number): PixelSize | undefined {
  return width > 0 && height > 0 && Number.isFinite(width) && Number.isFinite(height) ? { width, height } : undefined;
}

function jpeg(b: Uint8Array): PixelSize | undefined {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return undefined;
    const marker = b[i + 1];
    if (marker === 0xff) {
      i++;
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    const len = u16be(b, i + 2);
    const sof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (sof) return valid(u16be(b, i + 7), u16be(b, i + 5));
    if (len < 2) return undefined;
    i += 2 + len;
  }
  return undefined;
}

function svgLength(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const m = /^\s*([0-9]*\.?[0-9]+)\s*(px)?\s*$/.exec(v);
  return m ? Number(m[1]) : undefined;
}

function svg(text: string): PixelSize | undefined {
  const tag = /<svg\b[^>]*>/i.exec(text)?.[0];
  if (!tag) return undefined;
  const attr = (name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i').exec(tag)?.slice(1).find((x) => x !== undefined);
  const w = svgLength(attr('width'));
  const h = svgLength(attr('height'));
  if (w !== undefined && h !== undefined) return valid(Math.round(w), Math.round(h));
  const box = attr('viewBox')?.trim().split(/[\s,]+/).map(Number);
  if (box && box.length === 4 && box.every(Number.isFinite)) return valid(Math.round(box[2]), Math.round(box[3]));
  return undefined;
}

export function pixelSize(b: Uint8Array): PixelSize | undefined {
  try {
    if (b.length >= 24 && b[0] === 0x89 && ascii(b, 1, 3) === 'PNG' && ascii(b, 12, 4) === 'IHDR') return valid(u32be(b, 16), u32be(b, 20));
    if (b.length >= 10 && (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a')) return valid(u16le(b, 6), u16le(b, 8));
    if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8) return jpeg(b);
    if (b.length >= 30 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') {
      const chunk = ascii(b, 12, 4);
      if (chunk === 'VP8 ') return valid(u16le(b, 26) & 0x3fff, u16le(b, 28) & 0x3fff);
      if (chunk === 'VP8L' && b[20] === 0x2f) {
        const bits = b[21] | (b[22] << 8) | (b[23] << 16) | (b[24] << 24);
        return valid((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
      }
      if (chunk === 'VP8X') return valid(u24le(b, 24) + 1, u24le(b, 27) + 1);
      return undefined;
    }
    if (b.length >= 26 && b[0] === 0x42 && b[1] === 0x4d) return valid(i32le(b, 18), Math.abs(i32le(b, 22)));
    const head = new TextDecoder('utf-8', { fatal: false }).decode(b.subarray(0, Math.min(b.length, 16 * 1024)));
    if (/<svg\b/i.test(head)) return svg(head);
  } catch {
    return undefined;
  }
  return undefined;
}

/** `12.3 KB`-style file size. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  const units = ['KB', 'MB', 'GB'];
  let v = n / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v.toFixed(1)} ${units[u]}`;
}
