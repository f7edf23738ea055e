// Draws resources/icon.png (512×512): a red rounded square with a white 3×3 grid, the map of a community's grids.
// Plain Node and zlib, so the icon can be redrawn on any machine: `node scripts/drawIcon.mjs`.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const size = 512;
const red = [200, 16, 46];
const white = [255, 255, 255];
const margin = 16;
const radius = 96;
const gridInset = 120;
const lineHalfWidth = 12;
const samples = 4; // per axis, to smooth the rounded corners and the line edges

function insideRoundedSquare(x, y) {
  const lo = margin;
  const hi = size - margin;
  if (x < lo || x > hi || y < lo || y > hi) return false;
  const cx = Math.min(Math.max(x, lo + radius), hi - radius);
  const cy = Math.min(Math.max(y, lo + radius), hi - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function onGridLine(x, y) {
  const lo = gridInset;
  const hi = size - gridInset;
  if (x < lo - lineHalfWidth || x > hi + lineHalfWidth || y < lo - lineHalfWidth || y > hi + lineHalfWidth)
    return false;
  const lines = [0, 1, 2, 3].map((i) => lo + ((hi - lo) * i) / 3);
  return lines.some((line) => Math.abs(x - line) <= lineHalfWidth || Math.abs(y - line) <= lineHalfWidth);
}

function pixel(px, py) {
  let square = 0;
  let grid = 0;
  for (let sy = 0; sy < samples; sy++) {
    for (let sx = 0; sx < samples; sx++) {
      const x = px + (sx + 0.5) / samples;
      const y = py + (sy + 0.5) / samples;
      if (insideRoundedSquare(x, y)) {
        square++;
        if (onGridLine(x, y)) grid++;
      }
    }
  }
  const total = samples * samples;
  if (square === 0) return [0, 0, 0, 0];
  const gridShare = grid / square;
  const rgb = red.map((channel, i) => Math.round(channel * (1 - gridShare) + white[i] * gridShare));
  return [...rgb, Math.round((255 * square) / total)];
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const rows = Buffer.alloc(size * (1 + size * 4));
for (let y = 0; y < size; y++) {
  const rowStart = y * (1 + size * 4);
  rows[rowStart] = 0; // filter: none
  for (let x = 0; x < size; x++) Buffer.from(pixel(x, y)).copy(rows, rowStart + 1 + x * 4);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(size, 0);
header.writeUInt32BE(size, 4);
header[8] = 8; // bits per channel
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);

const target = path.join(import.meta.dirname, '..', 'resources', 'icon.png');
fs.writeFileSync(target, png);
console.log(`wrote ${target} (${png.length} bytes)`);
