// Version modes on the page: the selector beside Run (which CPython's numbers a run shows), and
// the compare view (one program under two versions, line by line, each difference with the rule
// of the version profile that made it).

import { Suspense, lazy } from 'react';
import { useApp } from '../store';
import { chooseMode } from '../share/boot';
import { MODE_CHOICES, modeKey, modeOfKey } from '../store/pyMode';
import { useCompare, openCompare } from '../store/compare';

// the compare view's code is fetched when it is first opened
const LazyCompareView = lazy(() => import('./CompareView'));

export function CompareView() {
  const open = useCompare((c) => c.open);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <LazyCompareView />
    </Suspense>
  );
}

export function VersionPicker() {
  const mode = useApp((s) => s.mode);
  return (
    <label className="field version-picker" title="Which CPython's numbers the run shows">
      <span>Python</span>
      <select
        aria-label="Python version"
        data-testid="python-version"
        value={modeKey(mode)}
        onChange={(e) => {
          const m = modeOfKey(e.target.value);
          if (m !== null) chooseMode(m);
        }}
      >
        {MODE_CHOICES.map((c) => (
          <option key={c.key} value={c.key} title={c.hint}>
            {c.key === '3.11-lf' ? c.label : c.key}
          </option>
        ))}
      </select>
    </label>
  );
}

export function CompareButton() {
  return (
    <button type="button" onClick={openCompare} aria-label="Compare versions" title="Run this program under two Python versions and show where the output differs, and why">
      Compare
    </button>
  );
}
