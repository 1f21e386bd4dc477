import { PNG } from 'pngjs';

/**
 * The app's icons, drawn in code: a container (a rounded box) with a medical cross, "a doctor for
 * containers". The colour icon is the white mark on the accent colour, 192×192; the outline icon is the
 * mark alone in white on transparency, 32×32, as Teams requires. Edges are anti-aliased by 8×8 supersampling.
 */

export const ACCENT = '#0F6CBD';
const SAMPLES = 8;

type Rgb = readonly [number, number, number];

function hex(color: string): Rgb {
  const n = Number.parseInt(color.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Inside a rounded rectangle from (x0, y0) to (x1, y1) with corner radius r. */
function inRoundedRect(
  x: number,
  y: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  r: number,
): boolean {
  const qx = Math.abs(x - (x0 + x1) / 2) - ((x1 - x0) / 2 - r);
  const qy = Math.abs(y - (y0 + y1) / 2) - ((y1 - y0) / 2 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) <= r;
}

const inRect = (x: number, y: number, x0: number, y0: number, x1: number, y1: number): boolean =>
  x >= x0 && x < x1 && y >= y0 && y < y1;

/**
 * The mark on a 32-unit grid, so that every edge falls on a pixel boundary of the 32×32 outline icon (and of
 * the 192×192 colour icon, six pixels per unit): a box with a top rail, and a cross inside it.
 */
function inMark(x: number, y: number): boolean {
  const box = inRoundedRect(x, y, 5, 7, 27, 25, 3) && !inRoundedRect(x, y, 7, 9, 25, 23, 1.5);
  const rail = inRect(x, y, 5, 11, 27, 13);
  const cross = inRect(x, y, 15, 14, 17, 22) || inRect(x, y, 12, 17, 20, 19);
  return box || rail || cross;
}

function coverage(px: number, py: number, size: number): number {
  const at = (x: number, y: number): boolean => inMark((x * 32) / size, (y * 32) / size);
  // Away from an edge the pixel's corners and centre agree; only edge pixels are supersampled.
  const probes = [at(px, py), at(px + 1, py), at(px, py + 1), at(px + 1, py + 1), at(px + 0.5, py + 0.5)];
  if (probes.every((p) => p === probes[0])) return probes[0] ? 1 : 0;
  let hits = 0;
  for (let i = 0; i < SAMPLES; i++) {
    for (let j = 0; j < SAMPLES; j++) if (at(px + (i + 0.5) / SAMPLES, py + (j + 0.5) / SAMPLES)) hits++;
  }
  return hits / (SAMPLES * SAMPLES);
}

function draw(size: number, background: Rgb | undefined): Buffer {
  const png = new PNG({ width: size, height: size, colorType: 6 });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const a = coverage(x, y, size);
      const at = (y * size + x) * 4;
      if (background) {
        // White over the accent colour, fully opaque.
        for (let c = 0; c < 3; c++) png.data[at + c] = Math.round(background[c]! * (1 - a) + 255 * a);
        png.data[at + 3] = 255;
      } else {
        png.data[at] = 255;
        png.data[at + 1] = 255;
        png.data[at + 2] = 255;
        png.data[at + 3] = Math.round(255 * a);
      }
    }
  }
  return PNG.sync.write(png);
}

export function colorIcon(): Buffer {
  return draw(192, hex(ACCENT));
}

export function outlineIcon(): Buffer {
  return draw(32, undefined);
}
