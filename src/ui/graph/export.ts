// Exporting the heap graph: a self-contained SVG (every style inlined, no stylesheet, no script,
// cropped to the drawing) and a PNG rendered from it. Each visible object keeps its
// data-object-id, so a picture can be checked against the page.

const PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
];

/** the graph as a standalone SVG document (null: nothing drawn as SVG) */
export function graphSvg(svg: SVGSVGElement, background: string): string | null {
  // the page leaves texts out when zoomed far out; the picture always has them
  const hidden = svg.classList.contains('text-hidden');
  if (hidden) svg.classList.remove('text-hidden');
  try {
    return standalone(svg, background);
  } finally {
    if (hidden) svg.classList.add('text-hidden');
  }
}

function standalone(svg: SVGSVGElement, background: string): string | null {
  const viewport = svg.querySelector<SVGGElement>('g.viewport');
  if (viewport === null) return null;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const src = [svg, ...svg.querySelectorAll('*')];
  const dst = [clone, ...clone.querySelectorAll('*')];
  for (let i = 0; i < src.length && i < dst.length; i++) {
    const cs = getComputedStyle(src[i]);
    const style = PROPS.map((p) => {
      const v = cs.getPropertyValue(p);
      return v ? `${p}:${v}` : '';
    })
      .filter(Boolean)
      .join(';');
    dst[i].setAttribute('style', style);
    dst[i].removeAttribute('class');
  }
  // objects fading out after being freed are not part of this step
  const srcFreed = new Set([...svg.querySelectorAll('.freed')].map((e) => src.indexOf(e)));
  [...srcFreed].map((i) => dst[i]).forEach((e) => e?.remove());
  // keep the class names that carry meaning (node kinds, cycle, leaked) as data for readers
  src.forEach((e, i) => {
    if (srcFreed.has(i) || !dst[i]) return;
    const c = e.getAttribute('class');
    if (c && e.matches('g.node, path.link')) dst[i].setAttribute('data-class', c);
  });
  let box: DOMRect;
  try {
    box = viewport.getBBox();
  } catch {
    return null;
  }
  const pad = 24;
  const x = Math.floor(box.x - pad);
  const y = Math.floor(box.y - pad);
  const w = Math.ceil(Math.max(1, box.width) + pad * 2);
  const h = Math.ceil(Math.max(1, box.height) + pad * 2);
  // the drawing at its own scale, not at the page's zoom
  for (const g of clone.children) if (g.tagName === 'g') g.removeAttribute('transform');
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('viewBox', `${x} ${y} ${w} ${h}`);
  clone.setAttribute('width', String(w));
  clone.setAttribute('height', String(h));
  clone.removeAttribute('role');
  clone.setAttribute('style', `background:${background}`);
  const bg = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  bg.setAttribute('x', String(x));
  bg.setAttribute('y', String(y));
  bg.setAttribute('width', String(w));
  bg.setAttribute('height', String(h));
  bg.setAttribute('fill', background);
  clone.insertBefore(bg, clone.firstChild);
  const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  title.textContent = 'RefScope heap graph';
  clone.insertBefore(title, clone.firstChild);
  return new XMLSerializer().serializeToString(clone);
}

/** a PNG of an SVG document, at `scale` times its size */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'async';
    await new Promise<void>((ok, fail) => {
      img.onload = () => ok();
      img.onerror = () => fail(new Error('the SVG could not be drawn'));
      img.src = url;
    });
    const w = Math.min(8000, Math.round(img.width * scale));
    const h = Math.min(8000, Math.round(img.height * scale));
    const c = document.createElement('canvas');
    c.width = w;
    c.height = h;
    c.getContext('2d')!.drawImage(img, 0, 0, w, h);
    return await canvasPng(c);
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function canvasPng(c: HTMLCanvasElement): Promise<Blob> {
  return new Promise((ok, fail) => c.toBlob((b) => (b ? ok(b) : fail(new Error('the picture could not be made'))), 'image/png'));
}

export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
