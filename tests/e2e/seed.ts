// The seed program for browser tests (the page's default program) and permalink helpers.
// Read from the capstone lesson file, as the page does (src/store/seed.ts), without Vite.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import LZString from 'lz-string';
import { parseLesson } from '../../src/lessons/parse';

export const SEED_PROGRAM: string = parseLesson(
  readFileSync(fileURLToPath(new URL('../../src/lessons/files/10-capstone.py', import.meta.url)), 'utf8'),
).code;

export const codeHash = (code: string) => '#code/' + LZString.compressToEncodedURIComponent(code);
