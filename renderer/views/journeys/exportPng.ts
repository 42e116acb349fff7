import { encodePng, type Strip } from '../../../shared/journey/png';
import { drawCards, drawConnectorLabels, drawConnectors, drawCurves, drawGrid, drawWorldChrome, type Scene } from './canvas/draw';

/** Largest canvas side used for a tile: well inside every browser's limits (Chromium allows 32,767). */
const TILE = 4096;
/** Pixels of one strip held in memory at a time. */
const STRIP_BYTES = 64 * 1024 * 1024;

/**
 * The whole map as a PNG at 2× (for print and slides). Rendered tile by tile with the canvas's own
 * drawing functions and streamed into one PNG strip by strip, so maps larger than any single canvas
 * still export, without holding the whole bitmap in memory.
 */
export async function exportJourneyPng(scene: Scene, title: string, scale = 2): Promise<{ name: string; width: number; height: number }> {
  const { layout } = scene;
  const width = Math.ceil(layout.width * scale);
  const height = Math.ceil(layout.height * scale);
  const stripRows = Math.max(16, Math.min(TILE, Math.floor(STRIP_BYTES / (width * 4))));
  const tile = document.createElement('canvas');
  const c = tile.getContext('2d', { willReadFrequently: true })!;

  async function* strips(): AsyncGenerator<Strip> {
    for (let y = 0; y < height; y += stripRows) {
      const rows = Math.min(stripRows, height - y);
      const out = new Uint8ClampedArray(width * rows * 4);
      for (let x = 0; x < width; x += TILE) {
        const w = Math.min(TILE, width - x);
        tile.width = w;
        tile.height = rows;
        c.setTransform(1, 0, 0, 1, 0, 0);
        c.fillStyle = '#FFFFFF';
        c.fillRect(0, 0, w, rows);
        c.setTransform(scale, 0, 0, scale, -x, -y);
        const view = { x: x / scale, y: y / scale, w: w / scale, h: rows / scale };
        drawGrid(c, scene, view, scale);
        drawConnectors(c, scene, view, scale);
        drawCards(c, scene, view, scale);
        drawConnectorLabels(c, scene, view, scale);
        drawCurves(c, scene, view, scale, { ghosts: false });
        drawWorldChrome(c, scene, view, title);
        const data = c.getImageData(0, 0, w, rows).data;
        for (let r = 0; r < rows; r++) out.set(data.subarray(r * w * 4, (r + 1) * w * 4), (r * width + x) * 4);
      }
      yield { data: out, rows };
      await new Promise((r) => setTimeout(r)); // let the UI breathe between strips
    }
  }

  const parts = await encodePng(width, height, strips());
  const name = `${safeName(title)}.png`;
  const url = URL.createObjectURL(new Blob(parts as BlobPart[], { type: 'image/png' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
  return { name, width, height };
}

function safeName(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim().slice(0, 120) || 'journey';
}
