// A draggable divider between two panes (pointer or arrow keys).

import { useRef } from 'react';

export function Splitter(props: { dir: 'col' | 'row'; value: number; min: number; max: number; onChange(v: number): void; label: string }) {
  const start = useRef<{ p: number; v: number; size: number } | null>(null);
  return (
    <div
      className={`splitter splitter-${props.dir}`}
      role="separator"
      aria-orientation={props.dir === 'col' ? 'vertical' : 'horizontal'}
      aria-label={props.label}
      aria-valuenow={Math.round(props.value)}
      aria-valuemin={props.min}
      aria-valuemax={props.max}
      tabIndex={0}
      onPointerDown={(e) => {
        const parent = (e.currentTarget.parentElement as HTMLElement).getBoundingClientRect();
        start.current = { p: props.dir === 'col' ? e.clientX : e.clientY, v: props.value, size: props.dir === 'col' ? parent.width : parent.height };
        e.currentTarget.setPointerCapture(e.pointerId);
      }}
      onPointerMove={(e) => {
        const s = start.current;
        if (!s) return;
        const d = ((props.dir === 'col' ? e.clientX : e.clientY) - s.p) / s.size * 100;
        props.onChange(Math.min(props.max, Math.max(props.min, s.v + (props.dir === 'col' ? d : -d))));
      }}
      onPointerUp={() => (start.current = null)}
      onKeyDown={(e) => {
        const d = e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -2 : e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 2 : 0;
        if (d !== 0) {
          e.preventDefault();
          e.stopPropagation();
          props.onChange(Math.min(props.max, Math.max(props.min, props.value + (props.dir === 'col' ? d : -d))));
        }
      }}
    />
  );
}
