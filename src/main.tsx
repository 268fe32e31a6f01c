import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { startClassroom } from './store/classroom';
import { appStore } from './store';
import { bootFromLocation, startPersistence } from './share/boot';
import './ui/styles.css';

// the program and view a link hands over (#code/..., ?lesson=, ?step=...), or the student's own
// program, or the default one; anything refused in the link is named in a notice
startClassroom();
startPersistence();
void bootFromLocation(window.location);
window.addEventListener('hashchange', () => void bootFromLocation(window.location));

createRoot(document.getElementById('root')!).render(<App />);
// the engine's worker loads beside the first paint, not after the first click on Run
setTimeout(() => appStore.getState().warmUp(), 0);
