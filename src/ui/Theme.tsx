// Light or dark: the system's choice until the user picks one (remembered).

import { useClassroom, effectiveTheme, setTheme } from '../store/classroom';

export function ThemeToggle() {
  const theme = useClassroom(effectiveTheme);
  const dark = theme === 'dark';
  return (
    <button
      type="button"
      className="theme-toggle"
      aria-label="Dark theme"
      aria-pressed={dark}
      onClick={() => setTheme(dark ? 'light' : 'dark')}
      title={dark ? 'Switch to the light theme' : 'Switch to the dark theme'}
    >
      {dark ? '☾' : '☀'}
    </button>
  );
}
