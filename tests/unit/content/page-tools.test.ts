import { describe, expect, it } from 'vitest';
import { borrowPageTools, lendPageTools, type PageToolsLoan } from '@/utils/content/page-tools';

const loan = (): PageToolsLoan => ({ shadowRoot: () => undefined, reread: () => undefined, isInsyn: () => false });

/** The page tools' script borrows the reader's parts in the shared isolated world (issue 20: the tools load on demand). */
describe('page tools loan', () => {
  it('lends the reader script’s parts to the tools, and takes them back when that script is invalidated', () => {
    const world = {};
    expect(borrowPageTools(world)).toBeUndefined();
    const lent = loan();
    const takeBack = lendPageTools(lent, world);
    expect(borrowPageTools(world)).toBe(lent);
    takeBack();
    expect(borrowPageTools(world)).toBeUndefined();
  });

  it('leaves a newer copy’s loan alone when an older copy takes its own back', () => {
    const world = {};
    const takeOldBack = lendPageTools(loan(), world);
    const newer = loan();
    lendPageTools(newer, world);
    takeOldBack();
    expect(borrowPageTools(world)).toBe(newer);
  });
});
