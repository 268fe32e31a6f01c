// The app's store instance and the thin hook components use to read slices of it.

import { useStore } from 'zustand';
import { createEngineClient } from '../worker/client';
import { createAppStore, type AppActions, type AppState } from './store';

export const appStore = createAppStore(() => createEngineClient());

export function useApp<T>(selector: (s: AppState & AppActions) => T): T {
  return useStore(appStore, selector);
}

export const actions = (): AppActions => appStore.getState();
export type { AppState, AppActions, Settings, RunStatus, Notice } from './store';
