// Monaco, bundled: the editor core plus the Python grammar only, its worker built by Vite.
// Nothing is fetched from a CDN (the loader is pointed at this bundle), so the page works offline.

import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/languages/definitions/python/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { loader } from '@monaco-editor/react';

(self as unknown as { MonacoEnvironment: monaco.Environment }).MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
};

loader.config({ monaco });

monaco.editor.defineTheme('refscope', {
  base: 'vs',
  inherit: true,
  rules: [],
  colors: {
    'editor.lineHighlightBackground': '#00000000',
    'editor.lineHighlightBorder': '#00000000',
    // line numbers readable (WCAG AA) in both themes
    'editorLineNumber.foreground': '#4b5563',
    'editorLineNumber.dimmedForeground': '#5b6472',
  },
});

monaco.editor.defineTheme('refscope-dark', {
  base: 'vs-dark',
  inherit: true,
  // (comments a shade lighter than vs-dark's, AA on the highlighted line too)
  rules: [{ token: 'comment', foreground: '86b872' }],
  colors: {
    'editor.lineHighlightBackground': '#00000000',
    'editor.lineHighlightBorder': '#00000000',
    'editor.background': '#111827',
    'editorLineNumber.foreground': '#a3aab8',
    'editorLineNumber.dimmedForeground': '#9aa1ae',
  },
});

export { monaco };
