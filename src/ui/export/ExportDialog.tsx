// The animated export's dialog: which steps (the whole run, from here to the next marker, or
// any range), which format, how long each step shows; then a progress bar with Cancel.

import { useEffect, useRef, useState } from 'react';
import { useApp, actions, appStore } from '../../store';
import { download } from '../graph/export';
import type { GraphView } from '../graph/GraphView';
import type { AnimFormat } from './animate';
import { stepLabel } from '../../trace/views/ending';

type Preset = 'all' | 'marker' | 'upto';

function rangeOf(preset: Preset): [number, number] {
  const s = appStore.getState();
  const sum = s.summary!;
  const last = sum.stepCount - 1;
  if (preset === 'all') return [sum.lineSteps[0] ?? 0, last];
  if (preset === 'marker') {
    const next = sum.markers.find((m) => m.step > s.step);
    return [s.step, next?.step ?? last];
  }
  return [sum.lineSteps[0] ?? 0, s.step];
}

export function ExportDialog({ view, host, onClose }: { view: GraphView; host: HTMLElement; onClose: () => void }) {
  const step = useApp((s) => s.step);
  const summary = useApp((s) => s.summary);
  const atStart = summary !== null && step <= (summary.lineSteps[0] ?? 0);
  const [preset, setPreset] = useState<Preset>(atStart ? 'all' : 'marker');
  const [format, setFormat] = useState<AnimFormat>('gif');
  const [delay, setDelay] = useState(1000);
  const grain = useApp((s) => s.settings.grain);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.querySelector<HTMLElement>('select')?.focus();
    return () => abort.current?.abort();
  }, []);
  if (summary === null) return null;
  const [from, to] = rangeOf(preset);

  const start = async () => {
    const ctl = new AbortController();
    abort.current = ctl;
    setError(null);
    setProgress({ done: 0, total: 1 });
    try {
      const { exportAnimation } = await import('./animate');
      const r = await exportAnimation({ format, from, to, delayMs: delay, view, host, signal: ctl.signal, onProgress: (done, total) => setProgress({ done, total }) });
      download(r.blob, r.name);
      actions().setNotice({ text: `Saved ${r.name}: ${r.frames} frames.`, tone: 'info' });
      onClose();
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') setProgress(null);
      else {
        setProgress(null);
        setError(e instanceof Error ? e.message : String(e));
      }
    } finally {
      abort.current = null;
    }
  };

  const busy = progress !== null;
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="anim-title" onKeyDown={(e) => e.key === 'Escape' && (busy ? abort.current?.abort() : onClose())}>
      <div className="help anim-export" ref={box} data-testid="anim-export">
        <h2 id="anim-title">Export steps as an animation</h2>
        <div className="anim-grid">
          <label htmlFor="anim-range">Steps</label>
          <select id="anim-range" value={preset} disabled={busy} onChange={(e) => setPreset(e.target.value as Preset)}>
            <option value="all">The whole run</option>
            <option value="marker">From this step to the next marker</option>
            <option value="upto">From the start to this step</option>
          </select>
          <label htmlFor="anim-format">Format</label>
          <select id="anim-format" value={format} disabled={busy} onChange={(e) => setFormat(e.target.value as AnimFormat)}>
            <option value="gif">Animated GIF</option>
            <option value="webm">WebM video</option>
            <option value="zip">Numbered PNGs in a zip</option>
          </select>
          <label htmlFor="anim-delay">Each step</label>
          <select id="anim-delay" value={delay} disabled={busy} onChange={(e) => setDelay(Number(e.target.value))}>
            <option value={500}>0.5 s</option>
            <option value={1000}>1 s</option>
            <option value={2000}>2 s</option>
            <option value={3000}>3 s</option>
          </select>
        </div>
        <p className="muted" data-testid="anim-range" data-from={from} data-to={to}>
          From “{stepLabel(summary, from, grain)}” to “{stepLabel(summary, to, grain)}”, one frame a step (step by {grain === 'line' ? 'line' : grain === 'ref' ? 'reference' : 'GC phase'}), at the
          graph's size and in this theme, each with its caption.
        </p>
        {busy && (
          <div className="anim-progress">
            <progress aria-label="Export progress" max={progress.total} value={progress.done} data-testid="anim-progress" />
            <span>
              {progress.done} of {progress.total} frames
            </span>
          </div>
        )}
        {error !== null && (
          <p className="leak-note" role="alert">
            The export failed: {error}
          </p>
        )}
        <div className="anim-actions">
          {busy ? (
            <button type="button" onClick={() => abort.current?.abort()}>
              Cancel
            </button>
          ) : (
            <>
              <button type="button" className="primary" onClick={() => void start()}>
                Export
              </button>
              <button type="button" onClick={onClose}>
                Close
              </button>
            </>
          )}
        </div>
      </div>
    </div>
  );
}
