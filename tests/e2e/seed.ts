// The seed program for browser tests (the page's default program) and permalink helpers.
import LZString from 'lz-string';
export { SEED_PROGRAM } from '../../src/store/seed';

export const codeHash = (code: string) => '#code/' + LZString.compressToEncodedURIComponent(code);
