// Types for chromium.mjs, for the TypeScript files that import it.
export declare function findChromium(): string | null;
export declare const CHROMIUM_ARGS: string[];
