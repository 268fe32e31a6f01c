// The collector's three generations as meters under the controls: gc.get_count() against
// gc.get_threshold(), moving as the program allocates and frees, the last collection and what
// set it off, and a switch to colour the graph's objects by generation. Shown when asked (G), or
// when the program itself reads or sets the counts (the generations lesson).

import { useMemo } from 'react';
import { useApp } from '../store';
import { useView, setView } from '../store/view';
import { collections, generationsAt } from '../store/generations';

const NAMES = ['gen 0', 'gen 1', 'gen 2'];
const WHAT = [
  'tracked objects allocated since the last collection (less those freed); a collection of generation 0 starts when it passes its threshold',
  'collections of generation 0 since the last collection of generation 1',
  'collections of generation 1 since the last collection of generation 2',
];

/** the meters themselves, fetched when first shown (GenMetersSlot in App.tsx) */
export default function GenMeters() {
  const heap = useApp((s) => s.heap);
  const summary = useApp((s) => s.summary);
  const code = useApp((s) => s.ranCode);
  const colour = useView((v) => v.colourByGeneration);
  const all = useMemo(() => (summary !== null ? collections(summary) : []), [summary]);
  if (heap === null || summary === null || code === null) return null;
  const g = generationsAt(heap);
  if (g === null) return null;
  const last = [...all].reverse().find((c) => c.step <= heap.step) ?? null;
  return (
    <div className="gen-meters" role="group" aria-label="Generations" data-testid="gen-meters" data-source="trace">
      {g.count.map((n, i) => {
        const t = g.threshold[i];
        const over = n > t;
        // a collection of this generation (or an older one) is under way
        const collecting = heap.gc !== null && heap.gc.phase !== 'done' && i <= heap.gc.generation;
        return (
          <div
            key={i}
            className={`gen-meter gen-${i} ${over ? 'over' : ''} ${collecting ? 'collecting' : ''}`}
            role="meter"
            aria-valuemin={0}
            aria-valuemax={t}
            aria-valuenow={Math.min(n, t)}
            aria-valuetext={`${n} of ${t}${collecting ? ', being collected' : ''}`}
            aria-label={`generation ${i}`}
            data-testid={`gen-meter-${i}`}
            data-count={n}
            data-threshold={t}
            title={`generation ${i}: ${WHAT[i]}`}
          >
            <span className="gen-name">{NAMES[i]}</span>
            <span className="gen-bar">
              <span className="gen-fill" style={{ width: `${Math.min(100, t > 0 ? (n / t) * 100 : 0)}%` }} />
            </span>
            <span className="gen-num">
              {n}/{t}
              {collecting ? ' ⟳' : ''}
            </span>
          </div>
        );
      })}
      <span className="gen-last" data-testid="gen-last" title={last?.trigger}>
        {last === null ? 'no collection yet' : `last collection: generation ${last.generation}, ${last.trigger}`}
      </span>
      <label className="check gen-colour">
        <input type="checkbox" checked={colour} onChange={(e) => setView({ colourByGeneration: e.target.checked })} />
        colour by generation
      </label>
    </div>
  );
}
