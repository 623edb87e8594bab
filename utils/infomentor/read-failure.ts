/**
 * A reader that throws is a bug in Insyn (or a page it half understands), not a page it does not know:
 * it is reported as a failure with a short cause the teacher can copy into a bug report. The cause names
 * the error's kind and the step in Insyn's code, never the error's message, which may quote the page
 * (and so a pupil).
 */
export interface ReadFailure {
  /** E.g. "read group-assessment: TypeError". */
  cause: string;
}

export const MAX_CAUSE = 120;

/** Built-in error names only: a page script could throw an object whose name is pupil text. */
const ERROR_NAMES = new Set([
  'Error',
  'TypeError',
  'RangeError',
  'ReferenceError',
  'SyntaxError',
  'URIError',
  'EvalError',
  'AggregateError',
  'DOMException',
]);

export function readFailure(step: string, error: unknown): ReadFailure {
  const name =
    error instanceof Error && ERROR_NAMES.has(error.name)
      ? error.name
      : error instanceof Error
        ? 'Error'
        : `thrown ${error === null ? 'null' : typeof error}`;
  return { cause: `${step}: ${name}`.slice(0, MAX_CAUSE) };
}
