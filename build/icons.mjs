// Draws Touchstone's icons with signed-distance shapes (no image tools needed) and writes what each
// installer wants into build/:
//   icon.png             1024×1024, the source electron-builder falls back on
//   icons/NxN.png        Linux (AppImage, deb) sizes
//   icon.ico, icon.icns  Windows and macOS app icons (PNG-compressed entries)
//   file.ico, file.icns  the `.touchstone` document icon (file association)
// The picture: a black touchstone with a gold streak (what a touchstone is for: testing gold).
// Run `node build/icons.mjs` after changing the drawing and commit the files (about 250 KB in all);
// scripts/pack-check.mjs checks they are what each target needs.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));

// ---------- shapes on a 1024-unit canvas (y down) ----------
const len = (x, y) => Math.hypot(x, y);
const clamp01 = (v) => (v < 0 ? 0 : v > 1 ? 1 : v);

function roundRect(cx, cy, hw, hh, r) {
  return (x, y) => {
    const qx = Math.abs(x - cx) - hw + r;
    const qy = Math.abs(y - cy) - hh + r;
    return len(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
  };
}

/** A rotated ellipse (angle in degrees); Quilez's cheap distance estimate, good enough for anti-aliasing. */
function ellipse(cx, cy, rx, ry, angle = 0) {
  const c = Math.cos((angle * Math.PI) / 180);
  const s = Math.sin((angle * Math.PI) / 180);
  return (x, y) => {
    const dx = x - cx;
    const dy = y - cy;
    const px = dx * c + dy * s;
    const py = -dx * s + dy * c;
    const k0 = len(px / rx, py / ry);
    const k1 = len(px / (rx * rx), py / (ry * ry));
    return k1 === 0 ? -Math.min(rx, ry) : (k0 * (k0 - 1)) / k1;
  };
}

function capsule(ax, ay, bx, by, r) {
  return (x, y) => {
    const pax = x - ax;
    const pay = y - ay;
    const bax = bx - ax;
    const bay = by - ay;
    const h = clamp01((pax * bax + pay * bay) / (bax * bax + bay * bay));
    return len(pax - bax * h, pay - bay * h) - r;
  };
}

/** Exact distance to a polygon (Quilez's sdPolygon). */
function polygon(points) {
  return (x, y) => {
    let d = (x - points[0][0]) ** 2 + (y - points[0][1]) ** 2;
    let s = 1;
    for (let i = 0, j = points.length - 1; i < points.length; j = i, i++) {
      const [vix, viy] = points[i];
      const [vjx, vjy] = points[j];
      const ex = vjx - vix;
      const ey = vjy - viy;
      const wx = x - vix;
      const wy = y - viy;
      const h = clamp01((wx * ex + wy * ey) / (ex * ex + ey * ey));
      d = Math.min(d, (wx - ex * h) ** 2 + (wy - ey * h) ** 2);
      const c1 = y >= viy;
      const c2 = y < vjy;
      const c3 = ex * wy > ey * wx;
      if ((c1 && c2 && c3) || (!c1 && !c2 && !c3)) s = -s;
    }
    return s * Math.sqrt(d);
  };
}

const intersect = (a, b) => (x, y) => Math.max(a(x, y), b(x, y));
const subtract = (a, b) => (x, y) => Math.max(a(x, y), -b(x, y));

const hex = (h, a = 1) => [parseInt(h.slice(1, 3), 16) / 255, parseInt(h.slice(3, 5), 16) / 255, parseInt(h.slice(5, 7), 16) / 255, a];

/** The stone with its streak, centred on (cx, cy), `k` times the app icon's size. */
function stoneLayers(cx, cy, k) {
  const stone = ellipse(cx, cy, 300 * k, 205 * k, -14);
  const highlight = intersect(stone, ellipse(cx - 70 * k, cy - 95 * k, 220 * k, 110 * k, -14));
  return [
    { shape: ellipse(cx + 10 * k, cy + 26 * k, 300 * k, 200 * k, -14), color: hex('#000000', 0.22) }, // shadow
    { shape: stone, color: hex('#1D2127') },
    { shape: highlight, color: hex('#30363F') },
    { shape: capsule(cx - 165 * k, cy + 60 * k, cx + 150 * k, cy - 30 * k, 34 * k), color: hex('#F2B630') },
    { shape: capsule(cx - 60 * k, cy + 100 * k, cx + 95 * k, cy + 58 * k, 18 * k), color: hex('#D9961E') },
  ];
}

const APP_LAYERS = [{ shape: roundRect(512, 512, 416, 416, 186), color: hex('#0E6B6B') }, ...stoneLayers(512, 530, 1)];

// A page with its top-right corner folded down along the line x − y = 630.
const SHEET = roundRect(512, 512, 330, 430, 44);
const PAGE = subtract(SHEET, polygon([[690, 60], [1000, 60], [1000, 370]]));
const FOLD = polygon([[712, 82], [712, 212], [842, 212]]);
const outline = (shape, w) => (x, y) => Math.abs(shape(x, y) + w / 2) - w / 2;
const FILE_LAYERS = [
  { shape: (x, y) => PAGE(x - 8, y - 10), color: hex('#000000', 0.16) },
  { shape: PAGE, color: hex('#FFFFFF') },
  { shape: outline(PAGE, 16), color: hex('#B8C4C4') },
  { shape: FOLD, color: hex('#D5DDDD') },
  { shape: outline(FOLD, 14), color: hex('#B8C4C4') },
  { shape: roundRect(512, 820, 230, 30, 30), color: hex('#0E6B6B') },
  ...stoneLayers(512, 520, 0.62),
];

/** Rasterises layers at `size`×`size` into straight-alpha RGBA bytes (composited premultiplied). */
function render(layers, size) {
  const scale = 1024 / size; // canvas units per pixel
  const out = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const x = (px + 0.5) * scale;
      const y = (py + 0.5) * scale;
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0; // premultiplied
      for (const { shape, color } of layers) {
        const cov = clamp01(0.5 - shape(x, y) / scale) * color[3];
        if (cov === 0) continue;
        r = color[0] * cov + r * (1 - cov);
        g = color[1] * cov + g * (1 - cov);
        b = color[2] * cov + b * (1 - cov);
        a = cov + a * (1 - cov);
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        out[i] = Math.round((r / a) * 255);
        out[i + 1] = Math.round((g / a) * 255);
        out[i + 2] = Math.round((b / a) * 255);
        out[i + 3] = Math.round(a * 255);
      }
    }
  }
  return out;
}

// ---------- PNG, ICO, ICNS ----------
// (zlib.crc32 needs Node 20.15; the engines field allows any Node 20.)
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

export function encodePng(rgba, size) {
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    // Filter "Paeth" on every row: good for flat areas with anti-aliased edges.
    raw[y * (stride + 1)] = 4;
    for (let x = 0; x < stride; x++) {
      const cur = rgba[y * stride + x];
      const left = x >= 4 ? rgba[y * stride + x - 4] : 0;
      const up = y > 0 ? rgba[(y - 1) * stride + x] : 0;
      const ul = x >= 4 && y > 0 ? rgba[(y - 1) * stride + x - 4] : 0;
      const p = left + up - ul;
      const pa = Math.abs(p - left);
      const pb = Math.abs(p - up);
      const pc = Math.abs(p - ul);
      const pred = pa <= pb && pa <= pc ? left : pb <= pc ? up : ul;
      raw[y * (stride + 1) + 1 + x] = (cur - pred) & 0xff;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** ICO with PNG-compressed entries (Windows Vista and later). */
export function encodeIco(pngs) {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach(({ size, png }, i) => {
    const e = 6 + 16 * i;
    header[e] = size >= 256 ? 0 : size;
    header[e + 1] = size >= 256 ? 0 : size;
    header.writeUInt16LE(1, e + 4); // planes
    header.writeUInt16LE(32, e + 6); // bits per pixel
    header.writeUInt32LE(png.length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...pngs.map((p) => p.png)]);
}

/** ICNS with PNG entries; `type` is the OSType for each pixel size. */
export function encodeIcns(entries) {
  const parts = entries.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + parts.reduce((n, p) => n + p.length, 0), 4);
  return Buffer.concat([head, ...parts]);
}

const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// OSType → pixel size (the @2x types reuse the doubled size).
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['ic11', 32],
  ['icp6', 64],
  ['ic12', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic13', 256],
  ['ic09', 512],
  ['ic14', 512],
  ['ic10', 1024],
];
const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512];

/** The files this script writes, relative to build/. */
export const ICON_FILES = [
  'icon.png',
  'icon.ico',
  'icon.icns',
  'file.ico',
  'file.icns',
  ...LINUX_SIZES.map((s) => `icons/${s}x${s}.png`),
];

export function generateIcons(dir = here) {
  const cache = new Map();
  const png = (name, layers, size) => {
    const key = `${name}@${size}`;
    if (!cache.has(key)) cache.set(key, encodePng(render(layers, size), size));
    return cache.get(key);
  };
  const written = [];
  const write = (rel, data) => {
    const file = path.join(dir, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, data);
    written.push({ file: rel, bytes: data.length });
  };
  for (const [name, layers] of [
    ['icon', APP_LAYERS],
    ['file', FILE_LAYERS],
  ]) {
    write(`${name}.ico`, encodeIco(ICO_SIZES.map((size) => ({ size, png: png(name, layers, size) }))));
    write(`${name}.icns`, encodeIcns(ICNS_TYPES.map(([type, size]) => ({ type, png: png(name, layers, size) }))));
  }
  write('icon.png', png('icon', APP_LAYERS, 1024));
  for (const s of LINUX_SIZES) write(`icons/${s}x${s}.png`, png('icon', APP_LAYERS, s));
  return written;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const w of generateIcons()) console.log(`build/${w.file}  ${w.bytes} bytes`);
}
