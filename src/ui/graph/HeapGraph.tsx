// The heap graph panel: a React shell around the D3 GraphView (which owns every SVG node and
// every position). React hands it a model per step; it never re-renders nodes itself.

import { Suspense, lazy, useEffect, useMemo, useRef, useState } from 'react';
import { useApp, actions } from '../../store';
import { whyAlive } from '../../trace/views/whyAlive';
import { buildModel, pathKeys } from './model';
import { GraphView } from './GraphView';
import { usePredict } from '../../store/predictMode';
import { useClassroom, currentLesson } from '../../store/classroom';
import { versionNotesFor } from '../../lessons/parse';
import { gcShown } from '../../store/caption';
import { PHASE_TEXT, PHASE_TITLES, gcGlossary } from '../../trace/views/gcPhases';
import { useView, setView } from '../../store/view';

// fetched when first used: the text view, the exports and the animated export's dialog
const HeapText = lazy(() => import('../text/HeapText').then((m) => ({ default: m.HeapText })));
const ExportDialog = lazy(() => import('../export/ExportDialog').then((m) => ({ default: m.ExportDialog })));

export function HeapGraph() {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<GraphView | null>(null);
  const heap = useApp((s) => s.heap);
  const summary = useApp((s) => s.summary);
  const status = useApp((s) => s.status);
  const showAtoms = useApp((s) => s.settings.showAtoms);
  const showInternals = useApp((s) => s.settings.showInternals);
  const selection = useApp((s) => s.selection);
  const presenting = useClassroom((c) => c.presenting);
  const embed = useClassroom((c) => c.embed);
  const heapView = useView((v) => v.heapView);
  const genColours = useView((v) => v.colourByGeneration);
  const panel = useRef<HTMLElement>(null);
  const [animating, setAnimating] = useState(false);

  useEffect(() => {
    const v = new GraphView(host.current!, { onSelect: (id) => actions().select(id) });
    view.current = v;
    const onFit = () => v.fit();
    const onZoom = (e: Event) => v.zoomBy((e as CustomEvent<number>).detail);
    window.addEventListener('refscope:fit', onFit);
    window.addEventListener('refscope:zoom', onZoom);
    return () => {
      window.removeEventListener('refscope:fit', onFit);
      window.removeEventListener('refscope:zoom', onZoom);
      v.destroy();
      view.current = null;
    };
  }, []);

  // presentation: bigger boxes and type (laid out afresh), and a fit that may zoom further in
  const [layoutKey, setLayoutKey] = useState(0);
  useEffect(() => {
    const v = view.current;
    if (!v) return;
    v.maxScale = presenting ? 2.4 : 1.5;
    // the smallest type on screen: 11 px at a desk, 16 px on a projector (with a little margin)
    v.minTextPx = presenting ? 16.5 : 11.5;
    const k = presenting ? 1.5 : 1;
    if (v.nodeScale !== k) {
      v.nodeScale = k;
      v.reset();
      setLayoutKey((x) => x + 1);
    }
  }, [presenting]);

  // a new run (or an invalidated one): positions start over
  useEffect(() => {
    view.current?.reset();
  }, [summary]);

  const state = heap;
  const model = useMemo(() => (state ? buildModel(state, { showAtoms, showInternals }) : null), [state, showAtoms, showInternals]);

  useEffect(() => {
    const v = view.current;
    if (!v || !model || !state) return;
    const path = selection !== null ? whyAlive(state, selection) : null;
    const why = pathKeys(model, path);
    v.update(model, {
      selected: selection,
      whyLinks: why.links,
      whyNodes: why.nodes,
      gc: state.gc,
      subject: model.subject,
      finalizer: /__del__\(\) runs/.test(state.caption),
    });
  }, [model, state, selection, layoutKey]);

  useEffect(() => {
    if (heap === null) view.current?.update({ nodes: [], links: [], facts: buildEmptyFacts(), subject: null }, EMPTY_HL);
  }, [heap]);

  const gc = state !== null && gcShown({ heap: state }) ? state.gc : null;
  // the collector's words are explained during the run's first collection, and at each start
  const firstGc = summary?.markers.find((m) => m.kind === 'gc')?.step ?? -1;
  const nextGc = summary?.markers.find((m) => m.kind === 'gc' && m.step > firstGc)?.step ?? Infinity;
  const gloss = gc !== null && (gc.phase === 'start' || (state!.step >= firstGc && state!.step < nextGc));
  const nLeaked = model?.facts.leaked.size ?? 0;
  const nCycles = model?.facts.cycleList.length ?? 0;
  return (
    <section ref={panel} className={`graph-panel view-${heapView}${genColours ? ' gen-colours' : ''}`} aria-label={heapView === 'text' ? 'Heap as text' : 'Heap graph'}>
      <div className="graph-host" ref={host} data-testid="graph" data-node-count={model?.nodes.length ?? 0} data-step={heap?.step} inert={heapView === 'text'} />
      {heapView === 'text' && (
        <Suspense fallback={null}>
          <HeapText />
        </Suspense>
      )}
      {!presenting && (
        <div className="view-switch" role="group" aria-label="Show the heap as">
          <button type="button" aria-pressed={heapView === 'graph'} onClick={() => setView({ heapView: 'graph' })} title="The heap as a graph">
            Graph
          </button>
          <button type="button" aria-pressed={heapView === 'text'} onClick={() => setView({ heapView: 'text' })} title="The heap as text: every live object, who holds it, why it is alive (T)">
            Text
          </button>
        </div>
      )}
      {gc !== null && (
        <div className={`gc-banner phase-${gc.phase}`} role="status" data-testid="gc-banner" data-phase={gc.phase}>
          <strong>
            The collector · {PHASE_TITLES[gc.phase] ?? gc.phase} · generation {gc.generation}
          </strong>
          <span>{PHASE_TEXT[gc.phase] ?? gc.phase}</span>
          {gloss && (
            <span className="gc-gloss" data-testid="gc-gloss">
              {gcGlossary(gc.generation)}
            </span>
          )}
        </div>
      )}
      {heap === null && (
        <div className="graph-empty">
          {status === 'running' ? 'Running…' : status === 'stopped' ? 'Stopped. Press Run to try again.' : 'Press Run (Ctrl+Enter) to see the heap.'}
        </div>
      )}
      {!presenting && <LessonNote />}
      {!presenting && !embed && heap !== null && heapView === 'graph' && (
        <div className="export-toolbar" role="group" aria-label="Export">
          <button type="button" onClick={() => void exportGraph(view.current, 'svg', heap.step)} aria-label="Export SVG" title="Save the graph as an SVG picture">
            SVG
          </button>
          <button type="button" onClick={() => void exportGraph(view.current, 'png', heap.step)} aria-label="Export PNG" title="Save the graph as a PNG picture">
            PNG
          </button>
          <button type="button" onClick={() => setAnimating(true)} aria-label="Export animation" title="Save a range of steps as an animated GIF, a WebM video or numbered PNGs, captions included">
            GIF / video…
          </button>
        </div>
      )}
      {animating && view.current && panel.current && (
        <Suspense fallback={null}>
          <ExportDialog view={view.current} host={panel.current} onClose={() => setAnimating(false)} />
        </Suspense>
      )}
      <div className="graph-toolbar">
        <button type="button" onClick={() => view.current?.fit()} aria-label="Fit to view" title="Fit to view (F)">
          ⤢
        </button>
        <button type="button" onClick={() => view.current?.zoomBy(1.25)} aria-label="Zoom in" title="Zoom in (+)">
          +
        </button>
        <button type="button" onClick={() => view.current?.zoomBy(0.8)} aria-label="Zoom out" title="Zoom out (-)">
          −
        </button>
      </div>
      <div className="graph-legend" aria-label="Legend">
        <span className="lg lg-ref">reference</span>
        <span className="lg lg-weak">weak (not counted)</span>
        <span className="lg lg-temp">temporary</span>
        {nCycles > 0 && <span className="lg lg-cycle">cycle</span>}
        {nLeaked > 0 && <span className="lg lg-leak">leaked until collected</span>}
        {genColours && (
          <>
            <span className="lg-gen lg-gen-0">gen 0</span>
            <span className="lg-gen lg-gen-1">gen 1</span>
            <span className="lg-gen lg-gen-2">gen 2</span>
            <span className="lg-gen">untracked</span>
          </>
        )}
      </div>
    </section>
  );
}

/**
 * The lesson's note for the current line, beside the graph. `text` is the note and, when the run
 * simulates a version the note's point depends on, the lesson's version note for that line.
 */
export function useLessonNote(): { line: number; text: string; base: string | null; version: { when: string; text: string } | null } | null {
  const lessonSlug = useClassroom((c) => c.lesson);
  const line = useApp((s) => (s.heap !== null && s.ranCode === s.code ? s.heap.line : 0));
  const code = useApp((s) => s.ranCode);
  const step = useApp((s) => s.step);
  const pending = usePredict((p) => (p.on ? p.pending : null));
  const mode = useApp((s) => s.ranMode);
  if (lessonSlug === null || line <= 0 || code === null) return null;
  // predict mode: the note waits until the question on this step is answered
  if (pending !== null && pending === step) return null;
  const lesson = currentLesson();
  if (!lesson || lesson.code.trim() !== code.trim()) return null;
  const base = lesson.notes[line] ?? null;
  const v = mode === null ? undefined : versionNotesFor(lesson, line, mode.python, mode.legacyFinalizers)[0];
  const version = v === undefined ? null : { when: v.when, text: v.text };
  if (base === null && version === null) return null;
  return { line, text: [base, version?.text].filter((t) => t !== null && t !== undefined).join(' '), base, version };
}

function LessonNote() {
  const note = useLessonNote();
  const mode = useApp((s) => s.ranMode);
  if (note === null) return null;
  return (
    <aside className="lesson-note" data-testid="lesson-note" aria-label="Lesson note">
      <span className="lesson-note-line">line {note.line}</span> {note.base}
      {note.version !== null && mode !== null && (
        <span className="version-note" data-testid="lesson-version-note">
          {note.base !== null ? ' ' : ''}
          <strong>In {mode.legacyFinalizers ? 'the pre-PEP 442 mode' : `Python ${mode.python}`}:</strong> {note.version.text}
        </span>
      )}
    </aside>
  );
}

async function exportGraph(v: GraphView | null, kind: 'svg' | 'png', step: number): Promise<void> {
  if (!v) return;
  const name = `refscope-step-${step + 1}.${kind}`;
  const bg = getComputedStyle(document.documentElement).getPropertyValue('--graph-bg').trim() || '#ffffff';
  try {
    const { graphSvg, svgToPng, canvasPng, download } = await import('./export');
    v.flush();
    const canvas = v.canvasElement;
    if (canvas !== null) {
      if (kind === 'png') download(await canvasPng(canvas), name);
      else actions().setNotice({ text: 'This heap is too large to draw as SVG (it is drawn on a canvas): use Export PNG instead.', tone: 'warn' });
      return;
    }
    const text = graphSvg(v.svg.node()!, bg);
    if (text === null) return;
    if (kind === 'svg') download(new Blob([text], { type: 'image/svg+xml' }), name);
    else download(await svgToPng(text), name);
  } catch (e) {
    actions().setNotice({ text: `The picture could not be saved: ${e instanceof Error ? e.message : String(e)}`, tone: 'warn' });
  }
}

const EMPTY_HL = { selected: null, whyLinks: new Set<string>(), whyNodes: new Set<string>(), gc: null, subject: null, finalizer: false };

function buildEmptyFacts() {
  return {
    byId: new Map(),
    inCycle: new Map(),
    cycleList: [],
    leaked: new Set<number>(),
    interpreterHeld: new Set<number>(),
    machinery: new Set<number>(),
    referrers: new Map(),
  };
}
