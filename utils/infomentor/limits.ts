/**
 * Bounds of one reading, zod-free so the readers may use them; PageAnalysisSchema (analysis.ts) is built
 * from them, and tests check that a reading at these bounds still passes the schema.
 */
export const MAX_ROWS = 20_000;
export const MAX_DOCUMENTS = MAX_ROWS * 4;
export const MAX_COLUMNS = 64;
export const MAX_REASONS = 10;
export const MAX_REASON_LENGTH = 300;
export const MAX_SUBJECT_LENGTH = 80;
