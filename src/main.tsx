import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { startClassroom } from './store/classroom';
import { bootFromLocation, startPersistence } from './share/boot';
import './ui/styles.css';

// the program and view a link hands over (#code/..., ?lesson=, ?step=...), or the student's own
// program, or the default one; anything refused in the link is named in a notice
startClassroom();
startPersistence();
void bootFromLocation(window.location);
window.addEventListener('hashchange', () => void bootFromLocation(window.location));

createRoot(document.getElementById('root')!).render(<App />);
