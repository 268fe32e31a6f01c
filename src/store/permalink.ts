// Permalinks: #code/<lz-string compressToEncodedURIComponent(code)>. Anything else in the hash,
// or a payload that does not decode to sane text, falls back to the default program with a notice.

import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';

const PREFIX = '#code/';
/** longest program a link may carry (characters); beyond it the link is refused */
export const MAX_LINK_CODE = 200_000;

export type HashResult =
  | { kind: 'none' }
  | { kind: 'code'; code: string }
  | { kind: 'bad'; message: string };

export function encodeHash(code: string): string {
  return PREFIX + compressToEncodedURIComponent(code);
}

export function decodeHash(hash: string): HashResult {
  if (hash === '' || hash === '#') return { kind: 'none' };
  if (!hash.startsWith(PREFIX)) return { kind: 'bad', message: 'The link is not a RefScope program link; the default program is shown instead.' };
  const payload = hash.slice(PREFIX.length);
  if (payload.length === 0 || payload.length > MAX_LINK_CODE || !/^[A-Za-z0-9+\-$]*$/.test(payload)) {
    return { kind: 'bad', message: 'The program in the link is damaged; the default program is shown instead.' };
  }
  let code: string | null = null;
  try {
    code = decompressFromEncodedURIComponent(payload);
  } catch {
    code = null;
  }
  // lz-string yields '' or null for garbage; control characters other than tab/newline mean garbage too
  if (code === null || code === '' || code.length > MAX_LINK_CODE || /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]/.test(code)) {
    return { kind: 'bad', message: 'The program in the link could not be read; the default program is shown instead.' };
  }
  return { kind: 'code', code };
}

export function shareUrl(code: string, base: string): string {
  const u = base.replace(/#.*$/, '');
  return u + encodeHash(code);
}
