// The page's single store (zustand, vanilla): the program, the recorded run, where we are in it,
// what is selected, and the settings. Components read slices through useApp(); the engine is
// reached only through the worker client, never from components.

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { EngineClient } from '../worker/client';
import type { Grain, HeapState, TraceSummary } from '../trace/types';
import { SEED_PROGRAM } from './seed';
import { programEnd } from '../trace/views/ending';
import { lineCaption } from '../trace/views/lineEffect';
import { DEFAULT_MODE, sameMode, type PyMode } from './pyMode';

/** a one-off message, with at most one action button (e.g. "Copy anyway") */
export interface Notice {
  text: string;
  tone: 'info' | 'warn';
  action?: { label: string; run(): void };
}

/**
 * Predict mode holds the student at a question not yet answered: given a forward move from one
 * step to another, the step to stop at instead (itself: no move). null: nothing holds.
 */
let forwardGate: ((from: number, to: number) => number) | null = null;
export function setForwardGate(gate: ((from: number, to: number) => number) | null): void {
  forwardGate = gate;
}

export type RunStatus = 'idle' | 'running' | 'ready' | 'stopped' | 'failed';

export interface Settings {
  grain: Grain;
  /** playback speed, steps per second */
  speed: number;
  /** show small ints, str, None, bool as shared objects instead of inline in their slot */
  showAtoms: boolean;
  /** show class machinery: type objects, their __dict__/__mro__/__bases__, module dunders */
  showInternals: boolean;
  /** the engine stops a program after this many steps */
  maxSteps: number;
}

export interface AppState {
  code: string;
  /** a one-off message for the user (bad link, copied link...) */
  notice: Notice | null;
  status: RunStatus;
  /** the code the current trace was recorded from (null: no trace) */
  ranCode: string | null;
  /** which CPython the next run simulates (the version selector) */
  mode: PyMode;
  /** which CPython the current trace simulated (null: no trace) */
  ranMode: PyMode | null;
  summary: TraceSummary | null;
  /** the run under way is being made again on the page's thread (its recursion outgrew the worker's stack) */
  pageThreadRun: boolean;
  runMs: number;
  step: number;
  heap: HeapState | null;
  /** which step the previous heap came from, so views know the direction of travel */
  prevStep: number;
  selection: number | null;
  /** the line the previous line step ran (the "just run" mark), when known */
  lastLine: number | null;
  /** at a line step: what the line that just ran did, in words (null: first step, or not known yet) */
  lineCaption: string | null;
  breakpoints: number[];
  playing: boolean;
  settings: Settings;
  helpOpen: boolean;
  /** the engine itself failed (not the program): shown as a notice */
  engineError: string | null;
}

export interface AppActions {
  setCode(code: string): void;
  /** forget the run on screen, the program kept (a lesson is opening: no other program's picture meanwhile) */
  clearRun(): void;
  /** simulate another CPython: a program already run runs again under it */
  setMode(mode: PyMode): void;
  run(): Promise<void>;
  stop(): void;
  stepForward(): Promise<void>;
  stepBack(): Promise<void>;
  jumpToStart(): Promise<void>;
  jumpToEnd(): Promise<void>;
  seek(step: number): Promise<void>;
  continueToBreakpoint(): Promise<void>;
  play(): void;
  pause(): void;
  togglePlay(): void;
  toggleBreakpoint(line: number): void;
  select(id: number | null): void;
  setSettings(patch: Partial<Settings>): void;
  setNotice(n: AppState['notice']): void;
  setHelpOpen(open: boolean): void;
  /** start the engine's worker now (it loads and compiles off the main thread), so the first Run does not wait for it */
  warmUp(): void;
  /** the heap at another step, without moving there (null: no trace, or it changed meanwhile) */
  peek(step: number): Promise<HeapState | null>;
}

export type AppStore = StoreApi<AppState & AppActions>;

export const DEFAULT_SETTINGS: Settings = { grain: 'line', speed: 4, showAtoms: false, showInternals: false, maxSteps: 1_000_000 };

export function createAppStore(makeClient: () => EngineClient, initialCode = SEED_PROGRAM): AppStore {
  let client: EngineClient | null = null;
  const engine = () => (client ??= makeClient());
  /** bumps whenever the trace is replaced or invalidated: late replies for an old trace are dropped */
  let generation = 0;
  /** navigation requests run one after another, each from where the previous one landed */
  let chain: Promise<unknown> = Promise.resolve();
  let playTimer: ReturnType<typeof setTimeout> | null = null;
  /** bumps on pause/stop: a running Continue gives up */
  let abort = 0;

  const store = createStore<AppState & AppActions>()((set, get) => {
    const hasTrace = () => get().summary !== null && get().summary!.stepCount > 0 && get().status === 'ready';

    /** line of each step seen so far (for the "line just run" mark) */
    const lineOf = new Map<number, number>();
    const prevLineStep = (step: number): number | null => {
      const ls = get().summary?.lineSteps ?? [];
      let lo = 0, hi = ls.length - 1, at = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (ls[mid] <= step) ((at = mid), (lo = mid + 1));
        else hi = mid - 1;
      }
      return at > 0 ? ls[at - 1] : null;
    };
    /** a few line steps' heaps, for the caption of the line after them (stepping back and forth) */
    const lineHeaps = new Map<number, HeapState>();
    const keepLineHeap = (h: HeapState) => {
      if (h.grain !== 'line' || h.objects.length > 2000) return;
      lineHeaps.set(h.step, h);
      if (lineHeaps.size > 6) lineHeaps.delete(lineHeaps.keys().next().value!);
    };
    /** the caption of a line step: what the line before it did */
    const captionFor = (prev: HeapState, heap: HeapState): string => {
      const lines = (get().ranCode ?? '').split('\n');
      const collections = (get().summary?.markers ?? []).filter((m) => m.kind === 'gc' && m.step > prev.step && m.step <= heap.step).length;
      return lineCaption(prev, heap, prev.line > 0 ? lines[prev.line - 1] : undefined, collections);
    };
    const land = (gen: number, step: number, heap: HeapState) => {
      if (gen !== generation) return;
      const s = get();
      lineOf.set(step, heap.line);
      if (s.heap !== null) keepLineHeap(s.heap);
      keepLineHeap(heap);
      const sel = s.selection !== null && heap.objects.some((o) => o.id === s.selection) ? s.selection : null;
      const prev = prevLineStep(step);
      const known = prev === null ? null : lineOf.get(prev);
      const isLine = heap.grain === 'line';
      const prevHeap = prev !== null && isLine ? lineHeaps.get(prev) : undefined;
      set({
        prevStep: s.step,
        step,
        heap,
        selection: sel,
        lastLine: prev === null ? null : (known ?? null),
        lineCaption: prevHeap !== undefined ? captionFor(prevHeap, heap) : null,
      });
      if (prev !== null && (known === undefined || (isLine && prevHeap === undefined)) && heap.objects.length < 2000) {
        // not seen yet (a jump): ask once, off the navigation queue
        void engine()
          .state(prev)
          .then((st) => {
            lineOf.set(prev, st.line);
            keepLineHeap(st);
            if (gen === generation && get().step === step) set({ lastLine: st.line, lineCaption: isLine ? captionFor(st, heap) : null });
          })
          .catch(() => undefined);
      }
    };

    const queue = <T>(f: (gen: number) => Promise<T>): Promise<T | undefined> => {
      const gen = generation;
      const p = chain.then(() => (gen === generation ? f(gen) : undefined)).catch((err: unknown) => {
        if (gen === generation) set({ engineError: err instanceof Error ? err.message : String(err) });
        return undefined;
      });
      chain = p;
      return p;
    };

    const move = (dir: 1 | -1) =>
      queue(async (gen) => {
        if (!hasTrace()) return false;
        const from = get().step;
        const r = await engine().move(from, get().settings.grain, dir);
        const stop = dir === 1 && forwardGate !== null ? forwardGate(from, r.step) : r.step;
        if (stop === from) return false;
        if (stop !== r.step) {
          land(gen, stop, await engine().state(stop));
          return true;
        }
        land(gen, r.step, r.state);
        return r.step !== from;
      });

    const stopPlayback = () => {
      abort++;
      if (playTimer !== null) clearTimeout(playTimer);
      playTimer = null;
      if (get().playing) set({ playing: false });
    };

    const invalidate = () => {
      generation++;
      lineOf.clear();
      lineHeaps.clear();
      stopPlayback();
    };

    return {
      code: initialCode,
      notice: null,
      status: 'idle',
      ranCode: null,
      mode: DEFAULT_MODE,
      ranMode: null,
      summary: null,
      pageThreadRun: false,
      runMs: 0,
      step: 0,
      heap: null,
      prevStep: 0,
      selection: null,
      lastLine: null,
      lineCaption: null,
      breakpoints: [],
      playing: false,
      settings: DEFAULT_SETTINGS,
      helpOpen: false,
      engineError: null,

      setCode(code) {
        if (code === get().code) return;
        // an edit invalidates the run: the picture no longer belongs to this text
        if (get().ranCode !== null || get().status === 'running') {
          if (get().status === 'running') client?.stop();
          invalidate();
          set({ code, ranCode: null, ranMode: null, summary: null, heap: null, step: 0, prevStep: 0, selection: null, status: 'idle' });
        } else set({ code });
      },

      clearRun() {
        if (get().ranCode === null && get().status !== 'running') return;
        if (get().status === 'running') client?.stop();
        invalidate();
        set({ ranCode: null, ranMode: null, summary: null, heap: null, step: 0, prevStep: 0, selection: null, status: 'idle' });
      },

      setMode(mode) {
        if (sameMode(mode, get().mode)) return;
        const rerun = get().ranCode !== null || get().status === 'running';
        if (get().status === 'running') {
          client?.stop();
          invalidate();
          set({ status: 'stopped' });
        }
        set({ mode: { ...mode } });
        if (rerun) void get().run();
      },

      async run() {
        const code = get().code;
        const mode = get().mode;
        if (get().status === 'running') return;
        invalidate();
        const gen = generation;
        set({ status: 'running', ranCode: null, ranMode: null, summary: null, heap: null, step: 0, prevStep: 0, selection: null, engineError: null, pageThreadRun: false });
        try {
          const r = await engine().run(code, get().settings.maxSteps, mode, () => {
            if (gen === generation) set({ pageThreadRun: true });
          });
          if (gen !== generation) return;
          // open at the first line about to run (step 0 is the interpreter's own setup)
          const first = r.summary.lineSteps[0] ?? 0;
          const heap = first !== 0 && r.state !== null ? await engine().state(first) : r.state;
          if (gen !== generation) return;
          set({ status: 'ready', pageThreadRun: false, ranCode: code, ranMode: mode, summary: r.summary, runMs: r.ms, step: heap?.step ?? 0, prevStep: 0, heap, lastLine: null, lineCaption: null });
          if (heap !== null) lineOf.set(heap.step, heap.line);
        } catch (err) {
          if (gen !== generation) return;
          const msg = err instanceof Error ? err.message : String(err);
          if (msg === 'stopped') set({ status: 'stopped', pageThreadRun: false });
          else set({ status: 'failed', engineError: msg, pageThreadRun: false });
        }
      },

      stop() {
        stopPlayback();
        if (get().status === 'running') {
          client?.stop();
          generation++;
          chain = Promise.resolve();
          set({ status: 'stopped' });
        }
      },

      async stepForward() {
        await move(1);
      },
      async stepBack() {
        await move(-1);
      },
      async jumpToStart() {
        const s = get().summary;
        if (s === null) return;
        await get().seek(s.lineSteps[0] ?? 0);
      },
      async jumpToEnd() {
        // the end of the program proper: interpreter shutdown follows, to be stepped into
        const s = get().summary;
        if (s === null) return;
        await get().seek(programEnd(s));
      },
      async seek(step) {
        await queue(async (gen) => {
          if (!hasTrace()) return;
          const n = get().summary!.stepCount;
          let target = Math.max(0, Math.min(n - 1, Math.round(step)));
          if (forwardGate !== null && target > get().step) target = forwardGate(get().step, target);
          if (target === get().step && get().heap !== null) return;
          const heap = await engine().state(target);
          land(gen, target, heap);
        });
      },
      async continueToBreakpoint() {
        stopPlayback();
        const bps = new Set(get().breakpoints);
        const myAbort = abort;
        // walk line steps until one stops on a breakpoint line (or the end); draw only where it stops
        await queue(async (gen) => {
          if (!hasTrace()) return;
          let from = get().step;
          set({ playing: true });
          try {
            for (;;) {
              if (gen !== generation || myAbort !== abort) return;
              const r = await engine().move(from, 'line', 1);
              const stop = forwardGate !== null ? forwardGate(from, r.step) : r.step;
              if (stop !== r.step) {
                if (stop !== from) land(gen, stop, await engine().state(stop));
                return;
              }
              if (r.step === from || bps.has(r.state.line)) {
                land(gen, r.step, r.state);
                return;
              }
              from = r.step;
            }
          } finally {
            if (gen === generation) set({ playing: false });
          }
        });
      },
      play() {
        if (!hasTrace() || get().playing) return;
        set({ playing: true });
        const tick = async () => {
          if (!get().playing) return;
          const moved = await move(1);
          if (!get().playing) return;
          if (!moved) {
            stopPlayback();
            return;
          }
          playTimer = setTimeout(tick, 1000 / get().settings.speed);
        };
        void tick();
      },
      pause() {
        stopPlayback();
      },
      togglePlay() {
        if (get().playing) get().pause();
        else get().play();
      },
      toggleBreakpoint(line) {
        const b = get().breakpoints;
        set({ breakpoints: b.includes(line) ? b.filter((x) => x !== line) : [...b, line].sort((x, y) => x - y) });
      },
      select(id) {
        set({ selection: id });
      },
      setSettings(patch) {
        set({ settings: { ...get().settings, ...patch } });
      },
      setNotice(n) {
        set({ notice: n });
      },
      setHelpOpen(open) {
        set({ helpOpen: open });
      },
      warmUp() {
        engine();
      },
      async peek(step) {
        if (!hasTrace()) return null;
        const gen = generation;
        const h = await engine().state(step);
        return gen === generation ? h : null;
      },
    };
  });
  return store;
}
