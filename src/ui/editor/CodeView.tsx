// The program before Monaco has loaded: plain text with line numbers, the line about to run and
// the line just run marked, breakpoints in the gutter. It is a textarea, so a student who types
// before the full editor arrives loses nothing: each keystroke goes to the store, and the caret,
// focus and scroll are handed to Monaco when it takes over (see `handoff`).

import { useEffect, useRef } from 'react';
import { useApp, actions } from '../../store';
import { useClassroom } from '../../store/classroom';
import { programEnd } from '../../trace/views/ending';

/** what Monaco takes over from the code view: focus, caret and scroll */
export const handoff = { focused: false, start: 0, end: 0, scrollTop: 0, used: false };

export function CodeView({ onIntent }: { onIntent: () => void }) {
  const code = useApp((s) => s.code);
  const line = useApp((s) => (s.heap !== null && s.ranCode === s.code ? s.heap.line : 0));
  const lastLine = useApp((s) => (s.ranCode === s.code ? s.lastLine : null));
  const running = useApp((s) => s.heap !== null && s.heap.grain !== 'line' && !(s.summary !== null && s.step >= programEnd(s.summary)));
  const breakpoints = useApp((s) => s.breakpoints);
  const presenting = useClassroom((c) => c.presenting);
  const embed = useClassroom((c) => c.embed);
  const scroller = useRef<HTMLDivElement>(null);
  const lines = code.split('\n');
  const lh = presenting ? 32 : 22;
  const width = Math.max(...lines.map((l) => l.length)) + 2;

  // the line about to run stays in view
  useEffect(() => {
    const el = scroller.current;
    if (!el || line <= 0) return;
    const top = (line - 1) * lh;
    if (top < el.scrollTop || top + lh > el.scrollTop + el.clientHeight) el.scrollTop = Math.max(0, top - el.clientHeight / 2);
  }, [line, lh]);

  const track = (t: HTMLTextAreaElement) => {
    handoff.start = t.selectionStart;
    handoff.end = t.selectionEnd;
    handoff.scrollTop = scroller.current?.scrollTop ?? 0;
  };
  const mark = (l: number, cls: string) => <div key={cls} className={`cv-mark ${cls}`} style={{ top: (l - 1) * lh + 8, height: lh }} />;
  return (
    <div
      className="code-view"
      data-testid="code-view"
      data-line={line}
      ref={scroller}
      style={{ '--cv-lh': `${lh}px`, '--cv-font': presenting ? '22px' : embed ? '14px' : '15px' } as React.CSSProperties}
      onScroll={(e) => (handoff.scrollTop = e.currentTarget.scrollTop)}
    >
      <div className="cv-gutter" aria-hidden="true">
        {lines.map((_, i) => (
          <div
            key={i}
            className={`cv-num ${breakpoints.includes(i + 1) ? 'bp' : ''} ${i + 1 === line ? 'current' : ''}`}
            onClick={() => !embed && actions().toggleBreakpoint(i + 1)}
          >
            {i + 1}
          </div>
        ))}
      </div>
      <div className="cv-body">
        {lastLine !== null && lastLine > 0 && lastLine !== line && mark(lastLine, 'line-last')}
        {line > 0 && mark(line, running ? 'line-running' : 'line-next')}
        <textarea
          className="cv-text"
          aria-label={embed ? 'Python program (read-only)' : 'Python program (plain text while the full editor loads; Ctrl+Enter runs)'}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          wrap="off"
          readOnly={embed}
          value={code}
          rows={lines.length}
          style={{ height: lines.length * lh + 16, width: `calc(${width}ch + 32px)` }}
          onChange={(e) => (actions().setCode(e.target.value), track(e.target))}
          onSelect={(e) => track(e.currentTarget)}
          onFocus={(e) => ((handoff.focused = true), track(e.currentTarget), onIntent())}
          onBlur={() => (handoff.focused = false)}
          onPointerDown={onIntent}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void actions().run();
            } else if (e.key === 'Escape') e.currentTarget.blur();
          }}
        />
      </div>
    </div>
  );
}
