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
    </section>
  );
}
