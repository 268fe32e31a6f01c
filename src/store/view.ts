// How the page shows the heap, beside the playground's settings: the graph or the heap as text,
// the generation meters, objects coloured by generation. Not part of a link.

import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

export interface ViewState {
  /** the heap as a graph, or as text (a list a screen reader or a phone can use) */
  heapView: 'graph' | 'text';
  /** the collector's three generations as meters (null: shown when the program uses the gc module's counts) */
  generations: boolean | null;
  /** fill each object with its generation's colour */
  colourByGeneration: boolean;
}

export const viewStore = createStore<ViewState>()(() => ({ heapView: 'graph', generations: null, colourByGeneration: false }));

export function useView<T>(selector: (s: ViewState) => T): T {
  return useStore(viewStore, selector);
}

export function setView(patch: Partial<ViewState>): void {
  viewStore.setState(patch);
}
