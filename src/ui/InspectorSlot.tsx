// The Inspector's place on the page: a hint until an object is selected; the details' code
// (Inspector.tsx) is fetched when an object is first selected.

import { Suspense, lazy } from 'react';
import { useApp } from '../store';

const InspectorDetail = lazy(() => import('./Inspector'));

/** the Inspector with nothing (or nothing alive) selected */
export function InspectorHint() {
  return (
    <section className="inspector-panel" aria-label="Inspector">
      <h2>Inspector</h2>
      <p className="muted">Click an object in the heap graph to see who holds it and why it is alive.</p>
    </section>
  );
}

export function Inspector() {
  const sel = useApp((s) => s.selection);
  if (sel === null) return <InspectorHint />;
  return (
    <Suspense fallback={<InspectorHint />}>
      <InspectorDetail />
    </Suspense>
  );
}
