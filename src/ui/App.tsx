// The playground: editor left, heap graph right, controls and timeline below, then the console
// and the inspector. Panes resize; narrow screens (tablets in portrait) stack them.
// Three layouts share it: the full page, presentation (editor and graph only, large captions),
// and embed (?embed=1: compact and read-only, for iframes).

import { Suspense, lazy, useCallback, useEffect, useState } from 'react';
import { useApp, actions, appStore } from '../store';
import { useClassroom, setPresenting, effectiveTheme } from '../store/classroom';
import { currentLink, adoptLink, withLink } from '../share/boot';
import { LONG_LINK, loadLinkCodec } from '../share/link';
import { EditorPane } from './editor/EditorPane';
import { HeapGraph } from './graph/HeapGraph';
import { Controls, Timeline } from './Controls';
import { Console } from './Console';
import { Splitter } from './Splitter';
import { onKeyDown } from './shortcuts';
import { Inspector } from './InspectorSlot';
import { LessonBar, LessonPicker } from './Lessons';
import { ThemeToggle } from './Theme';
import { lessonBySlug } from '../lessons';
import { Narrator } from './text/Narrator';
import { usesGenerations } from '../store/generations';
import { useView } from '../store/view';
import { PredictPanel, PredictToggle } from './predict/PredictPanel';
import { VersionPicker, CompareButton, CompareView } from './Versions';

const LIMITS = [10_000, 100_000, 1_000_000];

function Header({ share }: { share: () => void }) {
  const status = useApp((s) => s.status);
  const stale = useApp((s) => s.ranCode === null && s.summary === null && s.status === 'idle');
  // (a lesson still loading: its program is not in the editor yet)
  const opening = useClassroom((c) => c.opening !== null);
  const showAtoms = useApp((s) => s.settings.showAtoms);
  const showInternals = useApp((s) => s.settings.showInternals);
  const maxSteps = useApp((s) => s.settings.maxSteps);
  const a = actions();
  return (
    <header className="topbar">
      <h1>
        RefScope <span className="tagline">see how CPython manages memory</span>
      </h1>
      <LessonPicker />
      <div className="topbar-run">
        <button type="button" className={`primary run ${stale ? 'pulse' : ''}`} onClick={() => void a.run()} disabled={status === 'running' || opening} aria-label="Run" title="Run (Ctrl+Enter)">
          ▶ Run
        </button>
        <button type="button" onClick={() => a.stop()} disabled={status !== 'running'} aria-label="Stop" title="Stop the run (Esc)">
          ■ Stop
        </button>
        <VersionPicker />
        <CompareButton />
      </div>
      <div className="topbar-actions">
        <label className="field">
          <span>Step limit</span>
          <select aria-label="Step limit" value={maxSteps} onChange={(e) => a.setSettings({ maxSteps: Number(e.target.value) })}>
            {LIMITS.map((l) => (
              <option key={l} value={l}>
                {l.toLocaleString('en-US')}
              </option>
            ))}
          </select>
        </label>
        <label className="check" title="Show small ints, str, None and bool as shared objects (A)">
          <input type="checkbox" checked={showAtoms} onChange={(e) => a.setSettings({ showAtoms: e.target.checked })} />
          Shared small objects
        </label>
        <label className="check" title="Show class machinery: type objects, __dict__, __mro__, module dunders (I)">
          <input type="checkbox" checked={showInternals} onChange={(e) => a.setSettings({ showInternals: e.target.checked })} />
          Class internals
        </label>
        <button type="button" onClick={share} aria-label="Share" title="Copy a link to this exact view: program, step, selection, settings (S)">
          Share
        </button>
        <button type="button" onClick={() => setPresenting(true)} aria-label="Presentation" title="Presentation mode: large type, editor and graph only (P)">
          Present
        </button>
        <ThemeToggle />
        <button type="button" onClick={() => a.setHelpOpen(true)} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">
          ?
        </button>
      </div>
    </header>
  );
}

function Notice() {
  const notice = useApp((s) => s.notice);
  const engineError = useApp((s) => s.engineError);
  if (notice === null && engineError === null) return null;
  return (
    <div className={`notice ${engineError ? 'warn' : notice!.tone}`} role="status" data-testid="notice">
      <span>{engineError ? `The engine failed: ${engineError}` : notice!.text}</span>
      <span className="notice-actions">
        {!engineError && notice!.action && (
          <button type="button" onClick={() => notice!.action!.run()}>
            {notice!.action.label}
          </button>
        )}
        <button type="button" className="link" aria-label="Dismiss" onClick={() => (actions().setNotice(null), appStore.setState({ engineError: null }))}>
          ✕
        </button>
      </span>
    </div>
  );
}

// fetched when first shown: the shortcuts dialog, presentation mode's bar, the generation meters
const GenMeters = lazy(() => import('./GenMeters'));

/** the meters: shown when asked (G), or when the program itself reads or sets the counts */
function GenMetersSlot() {
  const asked = useView((v) => v.generations);
  const uses = useApp((s) => usesGenerations(s.ranCode ?? s.code));
  if (!(asked ?? uses)) return null;
  return (
    <Suspense fallback={null}>
      <GenMeters />
    </Suspense>
  );
}

const HelpDialog = lazy(() => import('./Help'));
const PresentBar = lazy(() => import('./Present').then((m) => ({ default: m.PresentBar })));

function Help() {
  const open = useApp((s) => s.helpOpen);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <HelpDialog />
    </Suspense>
  );
}

/** embed mode's header: what this is, and a way out to the full playground */
function EmbedBar() {
  const lesson = useClassroom((c) => c.opening ?? c.lesson);
  // (the link's codec, ready before the click: a window opened later than the click is blocked)
  useEffect(() => void loadLinkCodec(), []);
  const open = () => {
    const u = new URL(currentLink(window.location.href));
    window.open(u.toString(), '_blank', 'noopener');
  };
  return (
    <header className="embed-bar">
      <strong>RefScope</strong>
      {lesson !== null && <span className="muted">{lessonBySlug(lesson)?.title}</span>}
      <button type="button" className="link open-full" onClick={open} aria-label="Open in RefScope">
        Open in RefScope ↗
      </button>
    </header>
  );
}

export function App() {
  const [left, setLeft] = useState(36);
  const [bottom, setBottom] = useState(28);
  const presenting = useClassroom((c) => c.presenting);
  const embed = useClassroom((c) => c.embed);
  const theme = useClassroom(effectiveTheme);
  const share = useCallback(() => withLink(window.location.href, (url) => {
    const copy = () => {
      history.replaceState(null, '', url);
      adoptLink(appStore.getState().code);
      const long = url.length > LONG_LINK ? ` It is ${url.length.toLocaleString('en-US')} characters long.` : '';
      const done = () => actions().setNotice({ text: `Link copied: it opens this exact view.${long}`, tone: 'info' });
      const fallback = () => actions().setNotice({ text: `Copy this link: ${url.length > 600 ? 'it is in the address bar' : url}`, tone: 'info' });
      if (navigator.clipboard?.writeText) navigator.clipboard.writeText(url).then(done, fallback);
      else fallback();
    };
    if (url.length > LONG_LINK)
      actions().setNotice({
        text: `This link is ${url.length.toLocaleString('en-US')} characters long: mail programs and course sites may cut links over ${LONG_LINK.toLocaleString('en-US')} characters. Copy it anyway?`,
        tone: 'warn',
        action: { label: 'Copy anyway', run: copy },
      });
    else copy();
  }), []);
  useEffect(() => {
    const h = (e: KeyboardEvent) => onKeyDown(e, share);
    window.addEventListener('keydown', h);
    return () => window.removeEventListener('keydown', h);
  }, [share]);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.colorScheme = theme;
  }, [theme]);
  const mode = embed ? 'embed' : presenting ? 'presenting' : 'full';
  return (
    <div className={`app mode-${mode}`} data-mode={mode} style={{ '--left': `${presenting ? 35 : left}%`, '--bottom': `${bottom}%` } as React.CSSProperties}>
      {mode === 'full' && <Header share={share} />}
      {mode === 'embed' && <EmbedBar />}
      {mode !== 'presenting' && <Notice />}
      {mode === 'full' && <LessonBar />}
      <main className="workspace">
        <div className="top-row">
          <EditorPane />
          {mode === 'full' && <Splitter dir="col" value={left} min={18} max={70} onChange={setLeft} label="Resize editor and graph" />}
          <HeapGraph />
        </div>
        {mode === 'presenting' ? (
          <Suspense fallback={null}>
            <PresentBar />
          </Suspense>
        ) : (
          <div className="transport">
            <Controls />
            {mode === 'full' && <PredictToggle />}
            <GenMetersSlot />
            <PredictPanel />
            <Timeline />
          </div>
        )}
        {mode === 'full' && (
          <>
            <Splitter dir="row" value={bottom} min={12} max={60} onChange={setBottom} label="Resize console" />
            <div className="bottom-row">
              <Console />
              <Inspector />
            </div>
          </>
        )}
        {mode === 'embed' && (
          <div className="bottom-row embed-bottom">
            <Console />
          </div>
        )}
      </main>
      <Help />
      <CompareView />
      <Narrator />
    </div>
  );
}

