// Step controls and the timeline scrubber with markers at collections, frees, finalizers.

import { memo, useEffect, useState } from 'react';
import type { Grain, Marker, TraceSummary } from '../trace/types';
import { useApp, actions } from '../store';
import { Icon } from './Icon';
import { programEnd, stepLabel } from '../trace/views/ending';
import { collections } from '../store/generations';

const GRAINS: { value: Grain; label: string; hint: string }[] = [
  { value: 'line', label: 'Line', hint: 'one source line at a time (like a debugger)' },
  { value: 'ref', label: 'Reference', hint: 'every reference count change' },
  { value: 'gc', label: 'GC phases', hint: 'lines, plus every phase of a collection' },
];

export function Controls() {
  const ready = useApp((s) => s.status === 'ready' && s.summary !== null && s.summary.stepCount > 0);
  const playing = useApp((s) => s.playing);
  const grain = useApp((s) => s.settings.grain);
  const speed = useApp((s) => s.settings.speed);
  const step = useApp((s) => s.step);
  const summary = useApp((s) => s.summary);
  const hasBreakpoints = useApp((s) => s.breakpoints.length > 0);
  const a = actions();
  return (
    <div className="controls" role="toolbar" aria-label="Step controls">
      <button type="button" onClick={() => void a.jumpToStart()} disabled={!ready} aria-label="Jump to start" title="Jump to start (Home)">
        <Icon name="start" />
      </button>
      <button type="button" onClick={() => void a.stepBack()} disabled={!ready} aria-label="Step back" title="Step back (←)">
        <Icon name="back" />
      </button>
      {playing ? (
        <button type="button" className="primary" onClick={() => a.pause()} aria-label="Pause" title="Pause (Space)">
          <Icon name="pause" />
        </button>
      ) : (
        <button type="button" className="primary" onClick={() => a.play()} disabled={!ready} aria-label="Play" title="Play (Space)">
          <Icon name="play" />
        </button>
      )}
      <button type="button" onClick={() => void a.stepForward()} disabled={!ready} aria-label="Step forward" title="Step forward (→)">
        <Icon name="forward" />
      </button>
      <button type="button" onClick={() => void a.jumpToEnd()} disabled={!ready} aria-label="Jump to end" title="Jump to end (End)">
        <Icon name="end" />
      </button>
      <button
        type="button"
        onClick={() => void a.continueToBreakpoint()}
        disabled={!ready}
        aria-label="Continue"
        title={hasBreakpoints ? 'Continue to the next breakpoint (C)' : 'Continue (C): set breakpoints by clicking the editor gutter'}
      >
        <Icon name="continue" />
      </button>
      <label className="field">
        <span>Step by</span>
        <select aria-label="Step grain" value={grain} onChange={(e) => a.setSettings({ grain: e.target.value as Grain })}>
          {GRAINS.map((g) => (
            <option key={g.value} value={g.value} title={g.hint}>
              {g.label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Speed</span>
        <input
          type="range"
          aria-label="Playback speed"
          min={1}
          max={30}
          value={speed}
          onChange={(e) => a.setSettings({ speed: Number(e.target.value) })}
        />
      </label>
      <span
        className="step-count"
        data-testid="step-count"
        data-step={step}
        data-end={summary !== null ? programEnd(summary) : undefined}
        data-last={summary !== null ? summary.stepCount - 1 : undefined}
      >
        {summary !== null && summary.stepCount > 0 ? stepLabel(summary, step, grain) : ''}
      </span>
    </div>
  );
}

const MARK_LABEL: Record<Marker['kind'], string> = { gc: 'collection', free: 'freed', exception: 'exception', finalizer: 'finalizer', weakref: 'weakref cleared' };

/** the markers depend on the run only: drawn once per run, not once per step */
const Marks = memo(function Marks({ summary, code }: { summary: TraceSummary; code: string }) {
  const max = Math.max(1, summary.stepCount - 1);
  // a collection says what set it off: gc.collect(), or an allocation past generation 0's threshold
  const why = new Map(collections(summary).map((c) => [c.step, c]));
  // markers: at most one per pixel column keeps the DOM small on huge runs
  const seen = new Set<string>();
  const marks = summary.markers.filter((m) => {
    const k = `${m.kind}:${Math.round((m.step / max) * 800)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return (
    <>
      {marks.map((m, i) => {
        const c = m.kind === 'gc' ? why.get(m.step) : undefined;
        const label = c !== undefined ? `${c.automatic ? 'automatic ' : ''}${m.label}: ${c.trigger}` : m.label;
        return (
        <button
          type="button"
          key={i}
          className={`mark mark-${m.kind}${c?.automatic ? ' mark-auto' : ''}`}
          data-step={m.step}
          style={{ left: `${(m.step / max) * 100}%` }}
          title={`${MARK_LABEL[m.kind]} · ${label} (step ${m.step + 1})`}
          aria-label={`${MARK_LABEL[m.kind]} at step ${m.step + 1}: ${label}`}
          tabIndex={-1}
          onClick={() => void actions().seek(m.step)}
        />
        );
      })}
    </>
  );
});

export function Timeline() {
  const summary = useApp((s) => s.summary);
  const code = useApp((s) => s.ranCode ?? '');
  const step = useApp((s) => s.step);
  const [drag, setDrag] = useState<number | null>(null);
  // while dragging, seek to the latest position (each seek waits for the previous one)
  useEffect(() => {
    if (drag === null) return;
    const t = setTimeout(() => void actions().seek(drag), 16);
    return () => clearTimeout(t);
  }, [drag]);
  const n = summary?.stepCount ?? 0;
  if (summary === null || n === 0) return <div className="timeline empty" />;
  const max = Math.max(1, n - 1);
  return (
    <div className="timeline">
      <div className="timeline-track">
        <Marks summary={summary} code={code} />
        <input
          type="range"
          className="scrubber"
          aria-label="Timeline"
          min={0}
          max={max}
          value={drag ?? step}
          onChange={(e) => setDrag(Number(e.target.value))}
          onPointerUp={() => setDrag(null)}
          onKeyUp={() => setDrag(null)}
          onBlur={() => setDrag(null)}
        />
      </div>
    </div>
  );
}
