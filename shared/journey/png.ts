/**
 * A streaming PNG encoder (RGBA, 8 bits). The image arrives in horizontal strips, so a map larger
 * than the browser's biggest canvas can be rendered tile by tile and still become one PNG without the
 * whole bitmap ever being in memory. Compression is the platform's `CompressionStream('deflate')`
 * (zlib format, as PNG's IDAT wants), available in Chromium, Electron and Node.
 */
const SIGNATURE = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(parts: readonly Uint8Array[]): number {
  let c = 0xffffffff;
  for (const p of parts) for (let i = 0; i < p.length; i++) c = CRC_TABLE[(c ^ p[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32([out.subarray(4, 8 + data.length)]));
  return out;
}

export interface Strip {
  /** RGBA pixels, `width * rows * 4` bytes, rows top to bottom. */
  data: Uint8Array | Uint8ClampedArray;
  rows: number;
}

/** Encodes strips (together exactly `height` rows) into PNG bytes, returned as parts to join or wrap in a Blob. */
export async function encodePng(
  width: number,
  height: number,
  strips: AsyncIterable<Strip> | Iterable<Strip>,
): Promise<Uint8Array[]> {
  const header = new Uint8Array(13);
  const hv = new DataView(header.buffer);
  hv.setUint32(0, width);
  hv.setUint32(4, height);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const parts: Uint8Array[] = [SIGNATURE, chunk('IHDR', header)];

  const stream = new CompressionStream('deflate');
  const writer = stream.writable.getWriter();
  const compressed: Uint8Array[] = [];
  const reading = (async () => {
    const reader = stream.readable.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      compressed.push(value);
    }
  })();

  const rowBytes = width * 4;
  let rowsWritten = 0;
  for await (const strip of strips) {
    if (strip.data.length !== rowBytes * strip.rows) throw new Error('strip size does not match the image width');
    const out = new Uint8Array((rowBytes + 1) * strip.rows); // filter byte 0 (None) before each row
    for (let r = 0; r < strip.rows; r++) {
      out.set(strip.data.subarray(r * rowBytes, (r + 1) * rowBytes), r * (rowBytes + 1) + 1);
    }
    rowsWritten += strip.rows;
    await writer.write(out);
  }
  await writer.close();
  await reading;
  if (rowsWritten !== height) throw new Error(`expected ${height} rows, got ${rowsWritten}`);

  // IDAT chunks of at most 1 MiB each.
  const all = concat(compressed);
  const MAX = 1 << 20;
  for (let i = 0; i < all.length; i += MAX) parts.push(chunk('IDAT', all.subarray(i, i + MAX)));
  parts.push(chunk('IEND', new Uint8Array(0)));
  return parts;
}

function concat(list: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(list.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of list) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Splits a w×h image into tiles no larger than `max` on a side (and `maxArea` pixels). */
export function tileGrid(w: number, h: number, max = 8192, maxArea = 8192 * 8192): { x: number; y: number; w: number; h: number }[] {
  const tw = Math.min(w, max);
  const th = Math.max(1, Math.min(h, max, Math.floor(maxArea / tw)));
  const tiles: { x: number; y: number; w: number; h: number }[] = [];
  for (let y = 0; y < h; y += th) for (let x = 0; x < w; x += tw) tiles.push({ x, y, w: Math.min(tw, w - x), h: Math.min(th, h - y) });
  return tiles;
}
