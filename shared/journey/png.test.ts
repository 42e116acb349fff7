import { describe, expect, it } from 'vitest';
import { crc32, encodePng, tileGrid } from './png';

async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function readChunks(bytes: Uint8Array): { type: string; data: Uint8Array; crcOk: boolean }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = [];
  let at = 8;
  while (at < bytes.length) {
    const len = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const data = bytes.subarray(at + 8, at + 8 + len);
    const crc = view.getUint32(at + 8 + len);
    out.push({ type, data, crcOk: crc === crc32([bytes.subarray(at + 4, at + 8 + len)]) });
    at += 12 + len;
  }
  return out;
}

describe('png encoder', () => {
  it('computes the standard CRC', () => {
    expect(crc32([new TextEncoder().encode('IEND')])).toBe(0xae426082);
  });

  it('writes a valid RGBA PNG from strips', async () => {
    const w = 3;
    const pixels = Uint8Array.from({ length: w * 4 * 4 }, (_, i) => (i * 7) % 256);
    const strips = [
      { data: pixels.subarray(0, w * 4 * 3), rows: 3 },
      { data: pixels.subarray(w * 4 * 3), rows: 1 },
    ];
    const parts = await encodePng(w, 4, strips);
    const bytes = new Uint8Array(await new Blob(parts as BlobPart[]).arrayBuffer());
    expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const chunks = readChunks(bytes);
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(chunks.every((c) => c.crcOk)).toBe(true);
    const ihdr = new DataView(chunks[0].data.buffer, chunks[0].data.byteOffset);
    expect([ihdr.getUint32(0), ihdr.getUint32(4), chunks[0].data[8], chunks[0].data[9]]).toEqual([3, 4, 8, 6]);
    const raw = await inflate(chunks[1].data);
    expect(raw.length).toBe(4 * (1 + w * 4));
    for (let r = 0; r < 4; r++) {
      expect(raw[r * 13]).toBe(0);
      expect([...raw.subarray(r * 13 + 1, r * 13 + 13)]).toEqual([...pixels.subarray(r * 12, r * 12 + 12)]);
    }
  });

  it('refuses strips that do not add up', async () => {
    await expect(encodePng(2, 2, [{ data: new Uint8Array(8), rows: 1 }])).rejects.toThrow(/expected 2 rows/);
    await expect(encodePng(2, 2, [{ data: new Uint8Array(4), rows: 1 }])).rejects.toThrow(/width/);
  });

  it('tiles a large image within the canvas limits', () => {
    const tiles = tileGrid(20000, 50000, 8192, 8192 * 8192);
    expect(tiles.every((t) => t.w <= 8192 && t.h <= 8192)).toBe(true);
    expect(tiles.reduce((n, t) => n + t.w * t.h, 0)).toBe(20000 * 50000);
    expect(tileGrid(100, 50)).toEqual([{ x: 0, y: 0, w: 100, h: 50 }]);
  });
});
