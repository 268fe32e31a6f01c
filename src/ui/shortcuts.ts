// Keyboard shortcuts for everything. Keys typed into the editor or a form field belong to it
// (except Ctrl/Cmd+Enter, which runs from anywhere).

import { actions, appStore } from '../store';
import type { Grain } from '../trace/types';
import { classroom, setPresenting } from '../store/classroom';
import { setView, viewStore } from '../store/view';
import { usesGenerations } from '../store/generations';

export interface Shortcut {
  keys: string;
  what: string;
}

export const SHORTCUTS: Shortcut[] = [
  { keys: 'Ctrl/⌘ + Enter', what: 'Run the program' },
  { keys: 'Esc', what: 'Stop a run / pause / close this help' },
  { keys: '→  or  .', what: 'Step forward' },
  { keys: '←  or  ,', what: 'Step back' },
  { keys: 'Space', what: 'Play / pause' },
  { keys: 'Home / End', what: 'Jump to start / end' },
  { keys: 'C', what: 'Continue to the next breakpoint' },
  { keys: '1 / 2 / 3', what: 'Step by line / reference / GC phase' },
  { keys: '[  ]', what: 'Slower / faster playback' },
  { keys: 'A', what: 'Show small ints, str, None, bool as shared objects' },
  { keys: 'I', what: 'Show class internals' },
  { keys: 'F', what: 'Fit the graph to the view' },
  { keys: '+ / -', what: 'Zoom in / out' },
  { keys: 'S', what: 'Copy a share link' },
  { keys: 'P', what: 'Presentation mode on / off' },
  { keys: 'G', what: 'Generation meters on / off (counts against thresholds, the last collection)' },
  { keys: 'T', what: 'The heap as text / as a graph (in the list: Up/Down move, Enter inspects)' },
  { keys: '?', what: 'This help' },
  { keys: 'Tab / Shift+Tab', what: 'Move between the controls, the editor and the graph (never types into the editor)' },
  { keys: 'Enter (on the editor)', what: 'Start editing: in the editor Tab indents; Esc or Ctrl+M (tab-focus mode) leaves it' },
  { keys: 'Arrows (in the graph)', what: 'Move between objects; Enter opens one in the Inspector; Esc goes to the step controls' },
];

const GRAIN_KEYS: Record<string, Grain> = { '1': 'line', '2': 'ref', '3': 'gc' };

function inField(t: EventTarget | null): boolean {
  if (!(t instanceof HTMLElement)) return false;
  if (t.closest('.monaco-editor')) return true;
  const tag = t.tagName;
  return tag === 'TEXTAREA' || (tag === 'INPUT' && (t as HTMLInputElement).type !== 'range') || tag === 'SELECT' || t.isContentEditable;
}

export function onKeyDown(e: KeyboardEvent, share: () => void): void {
  const a = actions();
  const st = appStore.getState();
  if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
    e.preventDefault();
    void a.run();
    return;
  }
  if (e.key === 'Escape') {
    if (st.helpOpen) a.setHelpOpen(false);
    else if (st.status === 'running') a.stop();
    else if (st.playing) a.pause();
    else if (classroom.getState().presenting) setPresenting(false);
    else a.select(null);
    return;
  }
  if (e.ctrlKey || e.metaKey || e.altKey || inField(e.target)) return;
  const fire = (f: () => unknown) => {
    e.preventDefault();
    f();
  };
  switch (e.key) {
    case 'ArrowRight':
    case '.':
      return fire(() => a.stepForward());
    case 'ArrowLeft':
    case ',':
      return fire(() => a.stepBack());
    case ' ':
      if (e.target instanceof HTMLButtonElement) return;
      return fire(() => a.togglePlay());
    case 'Home':
      return fire(() => a.jumpToStart());
    case 'End':
      return fire(() => a.jumpToEnd());
    case 'c':
    case 'C':
      return fire(() => a.continueToBreakpoint());
    case '[':
      return fire(() => a.setSettings({ speed: Math.max(1, st.settings.speed - 1) }));
    case ']':
      return fire(() => a.setSettings({ speed: Math.min(30, st.settings.speed + 1) }));
    case 'a':
    case 'A':
      return fire(() => a.setSettings({ showAtoms: !st.settings.showAtoms }));
    case 'i':
    case 'I':
      return fire(() => a.setSettings({ showInternals: !st.settings.showInternals }));
    case 'f':
    case 'F':
      return fire(() => window.dispatchEvent(new Event('refscope:fit')));
    case '+':
    case '=':
      return fire(() => window.dispatchEvent(new CustomEvent('refscope:zoom', { detail: 1.25 })));
    case '-':
      return fire(() => window.dispatchEvent(new CustomEvent('refscope:zoom', { detail: 0.8 })));
    case 's':
    case 'S':
      return fire(share);
    case 'p':
    case 'P':
      if (classroom.getState().embed) return;
      return fire(() => setPresenting(!classroom.getState().presenting));
    case '?':
      return fire(() => a.setHelpOpen(!st.helpOpen));
    case 'g':
    case 'G':
      return fire(() => setView({ generations: !(viewStore.getState().generations ?? usesGenerations(st.ranCode ?? st.code)) }));
    case 't':
    case 'T':
      return fire(() => setView({ heapView: viewStore.getState().heapView === 'text' ? 'graph' : 'text' }));
  }
  if (GRAIN_KEYS[e.key]) fire(() => a.setSettings({ grain: GRAIN_KEYS[e.key] }));
}
