// The compare view: one program under two versions, line by line, each difference with the rule
// of the version profile that made it. Loaded when it is first opened (see Versions.tsx).

import { useEffect, useRef } from 'react';
import { useApp } from '../store';
import { PY_VERSIONS, type PagePyVersion } from '../store/pyMode';
import type { CompareLine } from '../worker/protocol';
import { useCompare, closeCompare, runCompare, setCompareVersions } from '../store/compare';

/** a rule's source: a link when it is an address, else its text */
function Source({ source }: { source: string }) {
  if (/^https:\/\/[^\s]+$/.test(source)) {
    const text = source.replace(/^https:\/\/(www\.)?/, '').replace(/\/$/, '');
    return (
      <a href={source} target="_blank" rel="noopener noreferrer">
        {text}
      </a>
    );
  }
  return <span className="rule-source">{source}</span>;
}

function VersionSelect({ label, value, onChange }: { label: string; value: PagePyVersion; onChange: (v: PagePyVersion) => void }) {
  return (
    <label className="field">
      <span>{label}</span>
      <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value as PagePyVersion)}>
        {PY_VERSIONS.map((v) => (
          <option key={v} value={v}>
            Python {v}
          </option>
        ))}
      </select>
    </label>
  );
}

export default function CompareView() {
  const open = useCompare((c) => c.open);
  const a = useCompare((c) => c.a);
  const b = useCompare((c) => c.b);
  const status = useCompare((c) => c.status);
  const report = useCompare((c) => c.report);
  const error = useCompare((c) => c.error);
  const ranCode = useCompare((c) => c.code);
  const code = useApp((s) => s.code);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const back = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    box.current?.querySelector<HTMLElement>('select')?.focus();
    return () => {
      if (back?.isConnected) back.focus();
    };
  }, [open]);
  if (!open) return null;
  const onKey = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      closeCompare();
      return;
    }
    // keys belong to this view while it is open, not to the stepper behind it
    e.stopPropagation();
    if (e.key !== 'Tab') return;
    const els = [...(box.current?.querySelectorAll<HTMLElement>('button, select, [href], [tabindex]:not([tabindex="-1"])') ?? [])].filter((x) => !(x as HTMLButtonElement).disabled);
    if (els.length === 0) return;
    const first = els[0];
    const last = els[els.length - 1];
    if (e.shiftKey && document.activeElement === first) (e.preventDefault(), last.focus());
    else if (!e.shiftKey && document.activeElement === last) (e.preventDefault(), first.focus());
  };
  const shown = report !== null && (report.a !== a || report.b !== b) ? null : report;
  const stale = shown !== null && ranCode !== code;
  return (
    <div className="overlay" onClick={closeCompare} onKeyDown={onKey}>
      <div className="compare" ref={box} role="dialog" aria-modal="true" aria-labelledby="compare-title" data-testid="compare" onClick={(e) => e.stopPropagation()}>
        <div className="compare-head">
          <h2 id="compare-title">Compare versions</h2>
          <VersionSelect label="Left" value={a} onChange={(v) => setCompareVersions({ a: v })} />
          <VersionSelect label="Right" value={b} onChange={(v) => setCompareVersions({ b: v })} />
          <button type="button" onClick={() => void runCompare()} disabled={status === 'running'}>
            {stale ? 'Compare again (the program changed)' : 'Compare again'}
          </button>
          <button type="button" className="compare-close" onClick={closeCompare} aria-label="Close compare">
            Close
          </button>
        </div>
        <p className="compare-status" role="status" data-testid="compare-status">
          {status === 'running'
            ? `Running the program under Python ${a} and Python ${b}…`
            : status === 'failed'
              ? `The comparison failed: ${error}`
              : shown === null
                ? ''
                : shown.differing === 0
                  ? `Python ${shown.a} and Python ${shown.b} print the same ${shown.rows.length} lines.`
                  : `${shown.differing} of ${shown.rows.length} lines differ between Python ${shown.a} and Python ${shown.b}.`}
          {shown !== null && (shown.exitA !== shown.exitB || shown.exitA !== 0) && status !== 'running' && (
            <span> Exit codes: {shown.exitA} and {shown.exitB}.</span>
          )}
        </p>
        {shown !== null && status !== 'running' && (
          <div className="compare-scroll">
            <table className="compare-table" data-testid="compare-table">
              <thead>
                <tr>
                  <th scope="col" className="num">
                    Line
                  </th>
                  <th scope="col">Python {shown.a}</th>
                  <th scope="col">Python {shown.b}</th>
                </tr>
              </thead>
              <tbody>
                {shown.rows.map((r) => (
                  <CompareRowView key={r.index} row={r} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </div>
  );
}

function CompareRowView({ row }: { row: CompareLine }) {
  const cls = row.same ? 'same' : 'differs';
  return (
    <>
      <tr className={`compare-row ${cls}`} data-testid="compare-row" data-same={row.same ? '1' : '0'}>
        <td className="num">
          {row.same ? '' : <span className="sr-only">differs: </span>}
          {row.index}
          {!row.same && <span aria-hidden="true"> ≠</span>}
        </td>
        <td className="out">{row.a ?? <em className="muted">(no line)</em>}</td>
        <td className="out">{row.b ?? <em className="muted">(no line)</em>}</td>
      </tr>
      {!row.same && (
        <tr className="compare-why" data-testid="compare-why">
          <td />
          <td colSpan={2}>
            {row.rules.length === 0 ? (
              <span className="muted">No rule of the profiles names this difference.</span>
            ) : (
              <ul>
                {row.rules.map((r) => (
                  <li key={r.id} data-rule={r.id}>
                    <strong>{r.title}</strong>
                    {r.source !== '' && (
                      <>
                        {' — '}
                        <Source source={r.source} />
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </td>
        </tr>
      )}
    </>
  );
}
