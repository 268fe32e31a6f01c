// The loaded editor: Monaco with the run's marks. Each Monaco subscription lives in its own
// effect and is disposed with it. Text flows editor -> store on edits and store -> editor only
// when the store holds text the editor does not (a permalink), so nothing echoes.

import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import Editor from '@monaco-editor/react';
import { monaco } from './monacoSetup';
import { useApp, actions, appStore } from '../../store';
import { useClassroom, effectiveTheme } from '../../store/classroom';
import { programEnd } from '../../trace/views/ending';
import { handoff } from './CodeView';

type Ed = monaco.editor.IStandaloneCodeEditor;

/** `active`: shown and in charge (until then it waits under the code view, inert) */
export default function MonacoEditor({ active = true, onReady }: { active?: boolean; onReady?: () => void }) {
  const [ed, setEd] = useState<Ed | null>(null);
  const hostRef = useRef<HTMLDivElement>(null);
  const code = useApp((s) => s.code);
  const ranCode = useApp((s) => s.ranCode);
  const line = useApp((s) => (s.heap !== null && s.ranCode === s.code ? s.heap.line : 0));
  const lastLine = useApp((s) => (s.ranCode === s.code ? s.lastLine : null));
  const grain = useApp((s) => s.heap?.grain ?? 'line');
  const breakpoints = useApp((s) => s.breakpoints);
  const error = useApp((s) => (s.ranCode === s.code ? (s.summary?.error ?? null) : null));
  const [markers, setMarkers] = useState('');
  const atEnd = useApp((s) => s.summary !== null && s.step >= programEnd(s.summary));
  const presenting = useClassroom((c) => c.presenting);
  const embed = useClassroom((c) => c.embed);
  const dark = useClassroom((c) => effectiveTheme(c) === 'dark');

  // store -> editor, only when they differ (never echoes an edit back)
  useEffect(() => {
    if (ed && ed.getValue() !== code) ed.setValue(code);
  }, [ed, code]);

  // taking over from the code view: its caret, scroll and focus (in the same task as the swap,
  // so no keystroke falls between the two)
  useLayoutEffect(() => {
    if (!ed || !active || handoff.used) return;
    handoff.used = true;
    const model = ed.getModel();
    if (model && ed.getValue() !== appStore.getState().code) ed.setValue(appStore.getState().code);
    if (model) {
      const a = model.getPositionAt(handoff.start);
      const b = model.getPositionAt(handoff.end);
      ed.setSelection(new monaco.Selection(a.lineNumber, a.column, b.lineNumber, b.column));
    }
    ed.setScrollTop(handoff.scrollTop);
    if (handoff.focused) ed.focus();
  }, [ed, active]);

  // editor -> store
  useEffect(() => {
    if (!ed) return;
    const d = ed.onDidChangeModelContent(() => actions().setCode(ed.getValue()));
    return () => d.dispose();
  }, [ed]);

  // Ctrl/Cmd+Enter runs
  useEffect(() => {
    if (!ed) return;
    const d = ed.addAction({
      id: 'refscope.run',
      label: 'Run the program',
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
      run: () => void actions().run(),
    });
    return () => d.dispose();
  }, [ed]);

  // keyboard: Escape leaves the editor for its frame (one tab stop on the page), unless a widget
  // of the editor's own is open; Ctrl+M (Monaco's tab-focus mode) makes Tab move focus instead
  useEffect(() => {
    if (!ed) return;
    const id = ed.addCommand(
      monaco.KeyCode.Escape,
      () => hostRef.current?.focus(),
      '!suggestWidgetVisible && !findWidgetVisible && !parameterHintsVisible && !inSnippetMode && !markersNavigationVisible',
    );
    return () => void id;
  }, [ed]);

  // breakpoints: click the gutter
  useEffect(() => {
    if (!ed) return;
    const d = ed.onMouseDown((e: monaco.editor.IEditorMouseEvent) => {
      const t = e.target.type;
      if (
        (t === monaco.editor.MouseTargetType.GUTTER_GLYPH_MARGIN || t === monaco.editor.MouseTargetType.GUTTER_LINE_NUMBERS) &&
        e.target.position
      ) {
        actions().toggleBreakpoint(e.target.position.lineNumber);
      }
    });
    return () => d.dispose();
  }, [ed]);

  // line marks: about to run / just run
  const lineDecos = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  useEffect(() => {
    if (!ed) return;
    lineDecos.current = ed.createDecorationsCollection();
    return () => lineDecos.current?.clear();
  }, [ed]);
  useEffect(() => {
    const c = lineDecos.current;
    if (!ed || !c) return;
    const ds: monaco.editor.IModelDeltaDecoration[] = [];
    if (lastLine !== null && lastLine > 0 && lastLine !== line)
      ds.push({
        range: new monaco.Range(lastLine, 1, lastLine, 1),
        options: { isWholeLine: true, className: 'line-last', linesDecorationsClassName: 'line-last-mark', hoverMessage: { value: 'line just run' } },
      });
    if (line > 0) {
      const running = grain !== 'line' && !atEnd;
      ds.push({
        range: new monaco.Range(line, 1, line, 1),
        options: {
          isWholeLine: true,
          className: running ? 'line-running' : 'line-next',
          linesDecorationsClassName: running ? 'line-running-mark' : 'line-next-mark',
          hoverMessage: { value: running ? 'line running' : 'line about to run' },
        },
      });
      ed.revealLineInCenterIfOutsideViewport(line);
    }
    c.set(ds);
  }, [ed, line, lastLine, grain, atEnd]);

  // breakpoint marks
  const bpDecos = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  useEffect(() => {
    if (!ed) return;
    bpDecos.current = ed.createDecorationsCollection();
    return () => bpDecos.current?.clear();
  }, [ed]);
  useEffect(() => {
    bpDecos.current?.set(
      breakpoints.map((l) => ({
        range: new monaco.Range(l, 1, l, 1),
        options: { glyphMarginClassName: 'bp-glyph', glyphMarginHoverMessage: { value: 'breakpoint (click to remove)' } },
      })),
    );
  }, [ed, breakpoints]);

  // errors as markers at their line and column
  useEffect(() => {
    const model = ed?.getModel();
    if (!model) return;
    if (error === null || error.line <= 0) {
      monaco.editor.setModelMarkers(model, 'refscope', []);
      setMarkers('');
      return;
    }
    const ln = Math.min(error.line, model.getLineCount());
    const text = model.getLineContent(ln);
    const col = Math.min(Math.max(1, error.col + 1), text.length + 1);
    const word = model.getWordAtPosition({ lineNumber: ln, column: col });
    const end = word && word.startColumn === col ? word.endColumn : Math.max(col + 1, col === 1 ? text.length + 1 : col + 1);
    const message = error.message.startsWith(error.type) || error.message.includes('Error:') ? error.message : `${error.type}: ${error.message}`;
    monaco.editor.setModelMarkers(model, 'refscope', [
      { severity: monaco.MarkerSeverity.Error, startLineNumber: ln, startColumn: col, endLineNumber: ln, endColumn: end, message },
    ]);
    setMarkers(`${ln}:${col} ${message}`);
    return () => {
      if (!model.isDisposed()) monaco.editor.setModelMarkers(model, 'refscope', []);
    };
  }, [ed, error, ranCode]);

  return (
    <div
      className="editor-host"
      data-testid="editor"
      data-ready={ed && active ? 'true' : 'false'}
      inert={!active}
      aria-hidden={active ? undefined : true}
      data-markers={markers}
      ref={hostRef}
      tabIndex={0}
      role="group"
      aria-label={embed ? 'Python program (read-only)' : 'Python program: press Enter to edit; in the editor, Tab indents and Escape leaves'}
      onKeyDown={(e) => {
        if (e.target !== e.currentTarget || e.key !== 'Enter' || e.ctrlKey || e.metaKey) return;
        e.preventDefault();
        ed?.focus();
      }}
    >
      <Editor
        defaultLanguage="python"
        defaultValue={appStore.getState().code}
        theme={dark ? 'refscope-dark' : 'refscope'}
        loading={<div className="editor-loading">Loading editor…</div>}
        options={{
          fontSize: presenting ? 22 : embed ? 14 : 15,
          lineHeight: presenting ? 32 : 0,
          wordWrap: presenting ? 'on' : 'off',
          readOnly: embed,
          domReadOnly: embed,
          lineNumbersMinChars: presenting ? 3 : 5,
          glyphMargin: !embed,
          minimap: { enabled: false },
          lineDecorationsWidth: 14,
          scrollBeyondLastLine: false,
          automaticLayout: true,
          tabSize: 4,
          renderLineHighlight: 'none',
          fixedOverflowWidgets: true,
          ariaLabel: 'Python program',
          // (not a tab stop of its own: the frame around it is, and Enter there starts editing)
          tabIndex: -1,
        }}
        onMount={(editor) => {
          setEd(editor);
          onReady?.();
        }}
      />
    </div>
  );
}
