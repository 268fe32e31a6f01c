// An animated export for slides: the run's steps from one to another, each drawn at rest at the
// graph's current size and theme with the step's caption burned in below, encoded as an animated
// GIF (gifenc), a WebM video (mediabunny, VP9 through WebCodecs) or numbered PNGs in a zip
// (fflate). Loaded on demand: none of it is on the page until the student exports.

import { appStore } from '../../store';
import { captionOf } from '../../store/caption';
import { stepLabel } from '../../trace/views/ending';
import { graphSvg } from '../graph/export';
import type { GraphView } from '../graph/GraphView';

export type AnimFormat = 'gif' | 'webm' | 'zip';

export interface AnimOptions {
  format: AnimFormat;
  /** first and last step (0-based, in the trace's numbering) */
  from: number;
  to: number;
  /** how long each step shows */
  delayMs: number;
  view: GraphView;
  /** the element whose size the frames take (the graph panel) */
  host: HTMLElement;
  signal: AbortSignal;
  onProgress(done: number, total: number): void;
}

export interface AnimResult {
  blob: Blob;
  frames: number;
  name: string;
}

const CAPTION_LINES = 3;

interface Encoder {
  add(canvas: HTMLCanvasElement, index: number): Promise<void>;
  finish(): Promise<Blob>;
}

async function gifEncoder(w: number, h: number, delayMs: number): Promise<Encoder> {
  const { GIFEncoder, quantize, applyPalette } = await import('gifenc');
  const gif = GIFEncoder();
  return {
    async add(canvas) {
      const rgba = canvas.getContext('2d')!.getImageData(0, 0, w, h).data;
      const palette = quantize(rgba, 256);
      gif.writeFrame(applyPalette(rgba, palette), w, h, { palette, delay: delayMs, repeat: 0 });
    },
    async finish() {
      gif.finish();
      return new Blob([gif.bytes().slice()], { type: 'image/gif' });
    },
  };
}

async function webmEncoder(canvas: HTMLCanvasElement, delayMs: number): Promise<Encoder> {
  const mb = await import('mediabunny');
  const codec = (await mb.canEncodeVideo('vp9', { width: canvas.width, height: canvas.height })) ? 'vp9' : 'vp8';
  const output = new mb.Output({ format: new mb.WebMOutputFormat(), target: new mb.BufferTarget() });
  const source = new mb.CanvasSource(canvas, { codec, bitrate: mb.QUALITY_HIGH, keyFrameInterval: 2 });
  output.addVideoTrack(source, { frameRate: 1000 / delayMs });
  await output.start();
  return {
    async add(_c, index) {
      await source.add((index * delayMs) / 1000, delayMs / 1000);
    },
    async finish() {
      await output.finalize();
      return new Blob([(output.target as InstanceType<typeof mb.BufferTarget>).buffer!], { type: 'video/webm' });
    },
  };
}

async function zipEncoder(): Promise<Encoder> {
  const { zipSync } = await import('fflate');
  const files: Record<string, [Uint8Array, { level: 0 }]> = {};
  return {
    async add(canvas, index) {
      const png = await new Promise<Blob>((ok, fail) => canvas.toBlob((b) => (b ? ok(b) : fail(new Error('a frame could not be made'))), 'image/png'));
      files[`refscope-frame-${String(index + 1).padStart(4, '0')}.png`] = [new Uint8Array(await png.arrayBuffer()), { level: 0 }];
    },
    async finish() {
      return new Blob([zipSync(files).slice()], { type: 'application/zip' });
    },
  };
}

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/** wait until the graph shows the store's step (React renders, then the graph updates) */
async function graphAt(host: HTMLElement, step: number): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (host.querySelector(`[data-testid=graph][data-step="${step}"]`) !== null) break;
    await frame();
  }
  await frame();
}

function loadImage(svgText: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  const img = new Image();
  return new Promise<HTMLImageElement>((ok, fail) => {
    img.onload = () => ok(img);
    img.onerror = () => fail(new Error('a frame could not be drawn'));
    img.src = url;
  }).finally(() => URL.revokeObjectURL(url));
}

/** the caption's words in at most CAPTION_LINES lines of `width` */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const word of text.split(/\s+/)) {
    const next = cur === '' ? word : `${cur} ${word}`;
    if (ctx.measureText(next).width <= width || cur === '') cur = next;
    else {
      lines.push(cur);
      cur = word;
    }
  }
  if (cur !== '') lines.push(cur);
  if (lines.length > CAPTION_LINES) {
    const kept = lines.slice(0, CAPTION_LINES);
    let last = kept[CAPTION_LINES - 1];
    while (last.length > 1 && ctx.measureText(`${last}…`).width > width) last = last.slice(0, -1);
    kept[CAPTION_LINES - 1] = `${last}…`;
    return kept;
  }
  return lines;
}

export async function exportAnimation(o: AnimOptions): Promise<AnimResult> {
  const store = appStore;
  const start = store.getState().step;
  const css = getComputedStyle(document.documentElement);
  const bg = css.getPropertyValue('--graph-bg').trim() || '#ffffff';
  const dark = document.documentElement.dataset.theme === 'dark';
  const ink = dark ? '#f9fafb' : '#111827';
  const band = dark ? '#0b1220' : '#f1f5f9';
  const rect = o.host.getBoundingClientRect();
  // even sizes: video encoders want them
  const w = Math.max(320, Math.floor(rect.width / 2) * 2);
  const h = Math.max(240, Math.floor(rect.height / 2) * 2);
  const fontPx = Math.max(15, Math.round(w / 70));
  const capH = Math.round(fontPx * 1.35 * CAPTION_LINES + fontPx * 1.4);
  const graphH = h - capH;
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d', { willReadFrequently: o.format === 'gif' })!;
  const enc = o.format === 'gif' ? await gifEncoder(w, h, o.delayMs) : o.format === 'webm' ? await webmEncoder(canvas, o.delayMs) : await zipEncoder();
  const svgEl = o.view.svg.node()!;
  svgEl.classList.add('exporting');
  const summary = store.getState().summary!;
  const grain = store.getState().settings.grain;
  const total = grain === 'line' ? Math.max(1, summary.lineSteps.filter((s) => s >= o.from && s <= o.to).length) : Math.max(1, o.to - o.from + 1);
  let n = 0;
  try {
    await store.getState().seek(o.from);
    for (;;) {
      if (o.signal.aborted) throw new DOMException('cancelled', 'AbortError');
      const s = store.getState();
      await graphAt(o.host, s.step);
      o.view.settle();
      // the picture
      ctx.fillStyle = bg;
      ctx.fillRect(0, 0, w, h);
      const cv = o.view.canvasElement;
      if (cv !== null) {
        const k = Math.min(w / cv.width, graphH / cv.height);
        ctx.drawImage(cv, (w - cv.width * k) / 2, (graphH - cv.height * k) / 2, cv.width * k, cv.height * k);
      } else {
        const text = graphSvg(svgEl, bg);
        if (text !== null) {
          const img = await loadImage(text);
          const k = Math.min(1.5, (w - 16) / img.width, (graphH - 16) / img.height);
          ctx.drawImage(img, (w - img.width * k) / 2, (graphH - img.height * k) / 2, img.width * k, img.height * k);
        }
      }
      // the caption, burned in
      const cap = captionOf(s);
      ctx.fillStyle = band;
      ctx.fillRect(0, graphH, w, capH);
      ctx.fillStyle = dark ? '#facc15' : '#2563eb';
      ctx.fillRect(0, graphH, w, 3);
      ctx.fillStyle = ink;
      ctx.font = `500 ${fontPx}px system-ui, sans-serif`;
      ctx.textBaseline = 'top';
      const label = stepLabel(summary, s.step, grain);
      const lines = wrap(ctx, cap.text, w - 32);
      lines.forEach((l, i) => ctx.fillText(l, 16, graphH + fontPx * 0.7 + i * fontPx * 1.35));
      ctx.font = `${Math.round(fontPx * 0.8)}px system-ui, sans-serif`;
      ctx.fillStyle = dark ? '#cbd5e1' : '#475569';
      ctx.textAlign = 'right';
      ctx.fillText(`RefScope · ${label}`, w - 12, 8);
      ctx.textAlign = 'left';
      await enc.add(canvas, n);
      n++;
      o.onProgress(n, Math.max(n, total));
      if (s.step >= o.to) break;
      await s.stepForward();
      if (store.getState().step === s.step || store.getState().step > o.to) break;
    }
    const blob = await enc.finish();
    const ext = o.format === 'zip' ? 'zip' : o.format;
    return { blob, frames: n, name: `refscope-steps-${o.from + 1}-${o.to + 1}.${ext}` };
  } finally {
    svgEl.classList.remove('exporting');
    await store.getState().seek(start);
  }
}
