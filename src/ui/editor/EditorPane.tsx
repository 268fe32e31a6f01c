// The editor panel. The page shows the program at once in a light code view (CodeView) and loads
// Monaco's big chunk when the browser is idle after the first paint (or at once when the student
// reaches for the editor); Monaco is mounted under the code view and takes its place, with the
// text, caret and focus, only when it is ready.

import { Component, lazy, Suspense, useCallback, useEffect, useState, type ReactNode } from 'react';
import { useApp } from '../../store';
import { useClassroom } from '../../store/classroom';
import { lessonBySlug } from '../../lessons';
import { CodeView } from './CodeView';

const MonacoEditor = lazy(() => import('./MonacoEditor'));

export function EditorPane() {
  const [load, setLoad] = useState(false);
  const [ready, setReady] = useState(false);
  const want = useCallback(() => setLoad(true), []);
  useEffect(() => {
    // after the first paint and whatever the page does at once (a lesson's first run)
    const w = window as Window & { requestIdleCallback?: (f: () => void, o?: { timeout: number }) => number };
    let idle = 0;
    // (Monaco's chunk takes the main thread for a while: not while the first run is drawn)
    const t = setTimeout(() => (idle = w.requestIdleCallback ? w.requestIdleCallback(want, { timeout: 3000 }) : (want(), 0)), 1200);
    return () => {
      clearTimeout(t);
      if (idle) (window as Window & { cancelIdleCallback?: (n: number) => void }).cancelIdleCallback?.(idle);
    };
  }, [want]);
  return (
    <section className="editor-panel" aria-label="Program editor">
      <div className="editor-stack">
        {load && (
          <KeepCodeView>
            <Suspense fallback={null}>
              <MonacoEditor active={ready} onReady={() => setReady(true)} />
            </Suspense>
          </KeepCodeView>
        )}
        {!ready && <CodeView onIntent={want} />}
        <LessonOpening />
      </div>
      <ErrorBar />
    </section>
  );
}

/** a lesson whose text is still loading: its title covers the editor (never the previous program under the lesson's name) */
function LessonOpening() {
  const opening = useClassroom((c) => (c.opening === null ? undefined : lessonBySlug(c.opening)));
  if (opening === undefined) return null;
  return (
    <div className="lesson-opening" role="status" data-testid="lesson-opening">
      Opening lesson {opening.order}: {opening.title}…
    </div>
  );
}

/** Monaco's chunk failed to load (offline, a blocked request): the code view stays, and works */
class KeepCodeView extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? null : this.props.children;
  }
}

/** the run's error in words under the editor (the marker carries the same message) */
export function ErrorBar() {
  const error = useApp((s) => (s.ranCode === s.code ? (s.summary?.error ?? null) : null));
  const stale = useApp((s) => s.ranCode === null && s.summary === null);
  if (error === null) return null;
  if (stale) return null;
  const msg = error.message.includes('Error:') ? error.message : `${error.type}: ${error.message}`;
  return (
    <div className={`error-bar ${error.type === 'StepLimit' ? 'limit' : ''}`} role="alert" data-testid="error-bar">
      {error.line > 0 && <span className="where">line {error.line}{error.col >= 0 ? `, column ${error.col + 1}` : ''}: </span>}
      {msg}
    </div>
  );
}
