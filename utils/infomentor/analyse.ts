import type { PageAnalysis } from './analysis';

/**
 * Steps 1–3 of the flow for one document: recognise, read, judge. Pure: the content script, the tests
 * and `npm run analyze` all call this one function.
 */
export function analysePage(_root: ParentNode, _url: string): PageAnalysis {
  return { kind: 'unknown', context: {}, pupils: [], atRisk: [], documents: [] };
}
