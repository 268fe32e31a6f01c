// The selected object: what it is, why it is alive and its count explained term by term (side by
// side when the panel is wide enough, so both are in view at 1280x720), its address and tracking.

import { useMemo } from 'react';
import { useApp, actions } from '../store';
import { heapFacts } from '../store/derive';
import { displayRepr } from '../trace/display';
import { explainRefcount } from '../trace/views/explain';
import { whyAlive } from '../trace/views/whyAlive';
import { tracking } from '../trace/views/tracking';
import { wholeRepr } from './graph/model';
import { InspectorHint } from './InspectorSlot';

/** the selected object's details (fetched when an object is first selected: InspectorSlot.tsx) */
export default function InspectorDetail() {
  const heap = useApp((s) => s.heap);
  const sel = useApp((s) => s.selection);
  const showInternals = useApp((s) => s.settings.showInternals);
  const info = useMemo(() => {
    if (heap === null || sel === null) return null;
    const s = heap;
    const o = s.objects.find((x) => x.id === sel);
    if (!o) return null;
    const facts = heapFacts(s, showInternals);
    return {
      o,
      repr: wholeRepr(s, o, facts.byId),
      explain: explainRefcount(s, o.id),
      path: whyAlive(s, o.id),
      weakIn: (facts.referrers.get(o.id) ?? []).filter((r) => r.weak),
      leaked: facts.leaked.has(o.id),
      cycle: facts.inCycle.has(o.id),
      referentRepr: o.referent !== undefined && o.referent !== null ? displayRepr(s, o.referent, facts.byId) : null,
      byId: facts.byId,
      gcRefs: s.gc?.gcRefs[o.id],
      isTransient: s.transient?.id === o.id,
      tracking: tracking(o, facts.byId),
    };
  }, [heap, sel, showInternals]);

  if (info === null) return <InspectorHint />;
  const { o, explain } = info;
  const name = (id: number | null) => (id === null ? '' : `${info.byId.get(id)?.type ?? 'object'} #${id}`);
  return (
    <section className="inspector-panel" aria-label="Inspector" data-testid="inspector">
      <h2>
        {o.type} <span className="muted">#{o.id}</span>
        <button type="button" className="link" onClick={() => actions().select(null)} aria-label="Close inspector">
          ✕
        </button>
      </h2>
      <p className="inspector-value">
        {/* (clamped to three lines: the whole value is its tooltip, and shows when it has focus) */}
        <code title={info.repr} data-testid="inspector-value" tabIndex={info.repr.length > 100 ? 0 : undefined}>
          {info.repr}
        </code>
      </p>
      <div className="inspector-cols">
        <div className="why">
          <h3>Why is it alive?</h3>
          {info.path !== null ? (
            <ol className="why-path">
              {info.path.map((st, i) => (
                <li key={i}>
                  {st.from === null ? <strong>{st.label}</strong> : <code>{st.label}</code>} → {name(st.to)}
                </li>
              ))}
            </ol>
          ) : info.leaked || info.cycle ? (
            <p className="leak-note">
              No root reaches it: it is kept alive only by a reference cycle. Reference counting will never free it; it is{' '}
              <strong>leaked until the cyclic collector runs</strong>.
            </p>
          ) : info.isTransient ? (
            <p>Only the temporary argument of sys.getrefcount holds it right now.</p>
          ) : (
            <p className="muted">No root reaches it through the references shown.</p>
          )}
        </div>
        {explain && (
          <div className="explain">
            <h3>
              refcount <span className="big">{explain.refcount}</span>
            </h3>
            <ul>
              {explain.terms.map((t, i) => (
                <li key={i} className={t.holder.startsWith("sys.getrefcount") ? 'temp' : ''}>
                  <span className="count">+{t.count}</span> {t.holder}
                </li>
              ))}
              {explain.unexplained > 0 && (
                <li className="temp">
                  <span className="count">+{explain.unexplained}</span> held by the interpreter itself (an expression being evaluated, a call in
                  progress)
                </li>
              )}
            </ul>
          </div>
        )}
      </div>
      <dl>
        <dt>address</dt>
        <dd>
          <code>{o.address}</code>
        </dd>
        <dt>collector</dt>
        <dd>
          <span data-testid="tracking" data-tracked={info.tracking.tracked}>
            {info.tracking.why}
          </span>
          {info.gcRefs !== undefined && ` · gc_refs ${info.gcRefs}`}
          {o.finalized && ' · its __del__ has run'}
        </dd>
        {o.referent !== undefined && (
          <>
            <dt>weak referent</dt>
            <dd>{o.referent === null ? 'dead (the object was freed)' : `${name(o.referent)} ${info.referentRepr ?? ''}`}</dd>
          </>
        )}
        {info.weakIn.length > 0 && (
          <>
            <dt>weakly referred by</dt>
            <dd>{info.weakIn.map((r) => `${name(r.from)} ${r.label}`).join(', ')} (not counted)</dd>
          </>
        )}
      </dl>
    </section>
  );
}
