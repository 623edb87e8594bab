/**
 * Bounds of one reading. They mirror PageAnalysisSchema (analysis.ts), which this zod-free code may not
 * import at runtime; tests check that a reading at these bounds still passes the schema.
 */
export const MAX_ROWS = 20_000;
export const MAX_DOCUMENTS = MAX_ROWS * 4;
export const MAX_COLUMNS = 64;
export const MAX_REASONS = 10;
export const MAX_REASON_LENGTH = 300;
export const MAX_SUBJECT_LENGTH = 80;
