// The lesson library: a picker in the header, and for the open lesson its title, explanation,
// progress and the way to the previous and next lessons. Notes pinned to lines show beside the
// graph (HeapGraph) and as captions in presentation mode.

import { useRef, useState } from 'react';
import { LESSONS, lessonBySlug, loadedLesson } from '../lessons';
import { versionNotesFor } from '../lessons/parse';
import { useApp } from '../store';
import { useClassroom, openLesson, lessonIndex } from '../store/classroom';

/** keys that move a closed select's choice (each fires a change at once) */
const BROWSE_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

export function LessonPicker() {
  const lesson = useClassroom((c) => c.opening ?? c.lesson);
  const progress = useClassroom((c) => c.progress);
  // From the keyboard the arrow keys only browse the list: the lesson (which replaces the
  // program and runs it) opens on Enter, and leaving the picker puts the open lesson back. A
  // choice made with the mouse, or in the opened list, opens at once.
  const [pending, setPending] = useState<string | null>(null);
  const browsing = useRef(false);
  const shown = pending ?? lesson ?? '';
  const open = shown === '' ? undefined : lessonBySlug(shown);
  const chosen = open === undefined ? 'Free play (your own program)' : `${open.order}. ${open.title}`;
  const go = (slug: string) => {
    setPending(null);
    if (slug !== (lesson ?? '')) void openLesson(slug === '' ? null : slug);
  };
  return (
    <label className="field lesson-picker">
      <span>Lesson</span>
      <select
        aria-label="Lesson"
        // (the picker is narrow at 1280 wide: the chosen lesson's whole title is its tooltip)
        title={pending !== null ? `${chosen} (Enter opens it)` : chosen}
        value={shown}
        onKeyDown={(e) => {
          // (Alt+Down and Space open the list: a choice there opens at once; a typed letter browses)
          browsing.current = !e.altKey && (BROWSE_KEYS.has(e.key) || (e.key.length === 1 && e.key !== ' '));
          if (e.key === 'Enter' && pending !== null) {
            e.preventDefault();
            go(pending);
          } else if (e.key === 'Escape' && pending !== null) {
            e.stopPropagation();
            setPending(null);
          }
        }}
        onBlur={() => setPending(null)}
        onChange={(e) => {
          const slug = e.target.value;
          if (browsing.current) setPending(slug);
          else go(slug);
          browsing.current = false;
        }}
      >
        <option value="">Free play (your own program)</option>
        {LESSONS.map((l) => (
          <option key={l.slug} value={l.slug}>
            {progress.finished.includes(l.slug) ? '✓ ' : progress.opened.includes(l.slug) ? '• ' : ''}
            {l.order}. {l.title}
          </option>
        ))}
      </select>
    </label>
  );
}

export function LessonBar() {
  const slug = useClassroom((c) => c.lesson);
  const opening = useClassroom((c) => c.opening);
  const finished = useClassroom((c) => (c.opening ?? c.lesson) !== null && c.progress.finished.includes((c.opening ?? c.lesson)!));
  const nFinished = useClassroom((c) => LESSONS.filter((l) => c.progress.finished.includes(l.slug)).length);
  const code = useApp((s) => s.code);
  const mode = useApp((s) => s.mode);
  // (a lesson being opened: its title at once, its text once loaded)
  const header = opening !== null ? lessonBySlug(opening) : slug === null ? undefined : lessonBySlug(slug);
  const lesson = opening !== null || slug === null ? undefined : loadedLesson(slug);
  if (!header) return null;
  const i = lessonIndex(header.slug);
  const prev = LESSONS[i - 1];
  const next = LESSONS[i + 1];
  const edited = lesson !== undefined && code.trim() !== lesson.code.trim();
  return (
    <section className="lesson-bar" aria-label="Current lesson" data-testid="lesson-bar" data-lesson={header.slug} aria-busy={lesson === undefined}>
      <div className="lesson-head">
        <span className="lesson-num">
          Lesson {header.order} of {LESSONS.length}
        </span>
        <h2 className="lesson-title">{header.title}</h2>
        {finished && (
          <span className="lesson-done" data-testid="lesson-finished">
            ✓ finished
          </span>
        )}
        <span className="lesson-progress muted">
          {nFinished} of {LESSONS.length} finished
        </span>
        <span className="lesson-nav">
          {edited && (
            <button type="button" onClick={() => void openLesson(header.slug)} title="Put the lesson's own program back and run it">
              Restore lesson program
            </button>
          )}
          <button type="button" onClick={() => prev && void openLesson(prev.slug)} disabled={!prev} aria-label="Previous lesson" title={prev ? prev.title : ''}>
            ← Previous
          </button>
          <button type="button" className={finished ? 'primary' : ''} onClick={() => next && void openLesson(next.slug)} disabled={!next} aria-label="Next lesson" title={next ? next.title : ''}>
            Next →
          </button>
          <button type="button" className="link" onClick={() => void openLesson(null)} aria-label="Close lesson" title="Leave the lesson (the program stays)">
            ✕
          </button>
        </span>
      </div>
      {lesson === undefined ? (
        <p className="lesson-text muted" data-testid="lesson-loading">
          Loading the lesson…
        </p>
      ) : (
        <>
          <p className="lesson-text" data-testid="lesson-text">
            {lesson.explanation}
          </p>
          {versionNotesFor(lesson, null, mode.python, mode.legacyFinalizers).map((n, i) => (
            <p className="lesson-text version-note" data-testid="lesson-version-text" key={i}>
              <strong>In {mode.legacyFinalizers ? 'the pre-PEP 442 mode' : `Python ${mode.python}`}:</strong> {n.text}
            </p>
          ))}
        </>
      )}
    </section>
  );
}
