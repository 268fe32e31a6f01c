// The heap as text: every live object the graph would draw, with its count, who holds it and why
// it is alive, in the order the graph lays them out. A listbox: Up/Down/Home/End move, Enter or
// a click opens an object in the Inspector; Left/Right still step. In sync with the step, usable
// without the graph (a screen reader, a phone).

import { useEffect, useMemo, useRef, useState } from 'react';
import { useApp, actions } from '../../store';
import { buildModel } from '../graph/model';
import { explainRefcount } from '../../trace/views/explain';
import { whyAlive } from '../../trace/views/whyAlive';
import type { HeapState } from '../../trace/types';

export interface TextRow {
  id: number;
  title: string;
  repr: string;
  refcount: number;
  holders: string[];
  why: string;
  leaked: boolean;
  generation: number;
}

const GEN = ['young (generation 0)', 'generation 1', 'oldest (generation 2)'];

export function heapRows(s: HeapState, showAtoms: boolean, showInternals: boolean): TextRow[] {
  const model = buildModel(s, { showAtoms, showInternals });
  const rows: TextRow[] = [];
  const name = (id: number) => `${model.facts.byId.get(id)?.type ?? 'object'} #${id}`;
  for (const n of model.nodes) {
    if (n.objectId === null || n.kind !== 'object') continue;
    const id = n.objectId;
    const ex = explainRefcount(s, id);
    const holders = (ex?.terms ?? []).map((t) => (t.count > 1 ? `${t.holder} (×${t.count})` : t.holder));
    if (ex !== null && ex.unexplained > 0) holders.push(`the interpreter itself (×${ex.unexplained})`);
    const path = whyAlive(s, id);
    const leaked = n.leaked;
    let why: string;
    if (path !== null) why = 'reached from ' + path.flatMap((st) => [st.label, name(st.to)]).join(' → ');
    else if (leaked || n.cycle !== null) why = 'no root reaches it: only a reference cycle keeps it alive, until the cyclic collector runs (leaked until collected)';
    else if (s.transient?.id === id) why = 'only the temporary argument of sys.getrefcount holds it';
    else why = 'no root reaches it through the references shown';
    rows.push({ id, title: n.title, repr: n.full, refcount: n.refcount ?? 0, holders, why, leaked, generation: n.generation });
  }
  return rows;
}

export function HeapText() {
  const heap = useApp((s) => s.heap);
  const showAtoms = useApp((s) => s.settings.showAtoms);
  const showInternals = useApp((s) => s.settings.showInternals);
  const selection = useApp((s) => s.selection);
  const rows = useMemo(() => (heap === null ? [] : heapRows(heap, showAtoms, showInternals)), [heap, showAtoms, showInternals]);
  const [active, setActive] = useState(0);
  const list = useRef<HTMLUListElement>(null);
  // the active row follows the selection; stays in range as the heap changes
  useEffect(() => {
    const i = rows.findIndex((r) => r.id === selection);
    if (i >= 0) setActive(i);
    else if (active >= rows.length) setActive(Math.max(0, rows.length - 1));
  }, [rows, selection]); // eslint-disable-line react-hooks/exhaustive-deps
  if (heap === null) return <div className="heap-text empty" data-testid="heap-text">Press Run (Ctrl+Enter) to list the heap.</div>;
  const move = (i: number) => {
    const j = Math.max(0, Math.min(rows.length - 1, i));
    setActive(j);
    list.current?.querySelectorAll<HTMLElement>('[role=option]')[j]?.focus();
  };
  return (
    <div className="heap-text" data-testid="heap-text" data-step={heap.step}>
      <p className="heap-text-head" id="heap-text-head">
        {rows.length} live {rows.length === 1 ? 'object' : 'objects'} at line {heap.line || '—'} · Up and Down move, Enter inspects
      </p>
      <ul
        className="heap-text-list"
        role="listbox"
        aria-labelledby="heap-text-head"
        ref={list}
        onKeyDown={(e) => {
          const k = e.key;
          if (k === 'ArrowDown') (e.preventDefault(), move(active + 1));
          else if (k === 'ArrowUp') (e.preventDefault(), move(active - 1));
          else if (k === 'Home') (e.preventDefault(), e.stopPropagation(), move(0));
          else if (k === 'End') (e.preventDefault(), e.stopPropagation(), move(rows.length - 1));
          else if (k === 'Enter' || k === ' ') {
            e.preventDefault();
            e.stopPropagation();
            if (rows[active]) actions().select(rows[active].id);
          }
        }}
      >
        {rows.map((r, i) => (
          <li
            key={r.id}
            role="option"
            aria-selected={selection === r.id}
            tabIndex={i === active ? 0 : -1}
            data-object-id={r.id}
            className={`ht-row ${r.leaked ? 'leaked' : ''} ${heap.subject === r.id ? 'subject' : ''}`}
            onClick={() => (setActive(i), actions().select(r.id))}
            onFocus={() => setActive(i)}
          >
            <div className="ht-title">
              <strong>
                {r.title} #{r.id}
              </strong> <code>{r.repr}</code>
              <span className="ht-count" data-testid="ht-count">
                {r.refcount} {r.refcount === 1 ? 'reference' : 'references'}
              </span>
              {heap.subject === r.id && <span className="ht-now">this step</span>}
            </div>
            <div className="ht-line">
              <span className="ht-k">held by</span> {r.holders.length > 0 ? r.holders.join('; ') : 'nothing the record can name'}
            </div>
            <div className="ht-line">
              <span className="ht-k">alive because</span> {r.why}
            </div>
            {r.generation >= 0 && (
              <div className="ht-line ht-gen">
                <span className="ht-k">collector</span> tracked, {GEN[r.generation] ?? `generation ${r.generation}`}
              </div>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
