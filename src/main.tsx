import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { appStore } from './store';
import { decodeHash } from './store/permalink';
import { SEED_PROGRAM } from './store/seed';
import './ui/styles.css';

// a program handed over in the link (#code/...), or the default program with a clear message
function loadFromHash(): void {
  const r = decodeHash(window.location.hash);
  if (r.kind === 'code') {
    appStore.getState().setCode(r.code);
    appStore.getState().setNotice(null);
  } else if (r.kind === 'bad') {
    appStore.getState().setCode(SEED_PROGRAM);
    appStore.getState().setNotice({ text: r.message, tone: 'warn' });
  }
}
loadFromHash();
window.addEventListener('hashchange', loadFromHash);

createRoot(document.getElementById('root')!).render(<App />);
