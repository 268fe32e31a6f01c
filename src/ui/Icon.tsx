// Transport icons as inline SVG (no icon font, nothing fetched).

const PATHS: Record<string, string> = {
  start: 'M4 3h2v14H4zM17 3v14L7 10z',
  back: 'M15 3v14L4 10z',
  play: 'M5 3v14l12-7z',
  pause: 'M5 3h4v14H5zM11 3h4v14h-4z',
  forward: 'M4 3v14l9-7zM14 3h2v14h-2z',
  end: 'M3 3v14l10-7zM14 3h2v14h-2z',
  continue: 'M2 3v14l8-7zM10 3v14l8-7z',
};

export function Icon({ name }: { name: keyof typeof PATHS }) {
  return (
    <svg width="16" height="16" viewBox="0 0 20 20" aria-hidden="true" focusable="false" style={{ verticalAlign: 'middle' }}>
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  );
}
