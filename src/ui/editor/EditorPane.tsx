// The editor panel: a light placeholder (the program as plain text) while the Monaco chunk
// loads, then the real editor.

import { lazy, Suspense } from 'react';
import { useApp } from '../../store';

const MonacoEditor = lazy(() => import('./MonacoEditor'));

function EditorLoading() {
  const code = useApp((s) => s.code);
  return (
    <div className="editor-host editor-loading" data-testid="editor" data-ready="false" aria-busy="true">
      <pre>{code}</pre>
    </div>
  );
}

export function EditorPane() {
  return (
    <section className="editor-panel" aria-label="Program editor">
      <Suspense fallback={<EditorLoading />}>
        <MonacoEditor />
      </Suspense>
      <ErrorBar />
    </section>
  );
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
