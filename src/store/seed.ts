// The program the page opens with: the memory-management tour every test and screenshot uses.
// It is the capstone lesson's program (src/lessons/files/10-capstone.py), kept in one place.

import { SEED_LESSON } from '../lessons';

export const SEED_PROGRAM: string = SEED_LESSON.code;
