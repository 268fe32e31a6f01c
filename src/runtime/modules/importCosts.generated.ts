// placeholder until scripts/record-import-costs.sh runs
export interface ImportCost { after: string[]; files: string[]; count: number; garbage: number; garbageTypes: string[] }
export interface ImportCostTable { version: string; startup: string[]; imports: Record<string, ImportCost[]> }
export const IMPORT_COSTS_312: ImportCostTable = { version: '3.12.1', startup: [], imports: {} };
export const IMPORT_COSTS_313: ImportCostTable = { version: '3.13.0', startup: [], imports: {} };
