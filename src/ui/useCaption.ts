// The step's caption for components (see store/caption.ts).

import { useMemo } from 'react';
import { useApp } from '../store';
import { captionOf, type Caption } from '../store/caption';

export function useCaption(): Caption {
  const status = useApp((s) => s.status);
  const heap = useApp((s) => s.heap);
  const summary = useApp((s) => s.summary);
  const lineCaption = useApp((s) => s.lineCaption);
  const ranCode = useApp((s) => s.ranCode);
  const code = useApp((s) => s.code);
  const pageThreadRun = useApp((s) => s.pageThreadRun);
  return useMemo(() => captionOf({ status, heap, summary, lineCaption, ranCode, code, pageThreadRun }), [status, heap, summary, lineCaption, ranCode, code, pageThreadRun]);
}
