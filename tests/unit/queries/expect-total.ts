import { expect } from 'vitest';
import type { PageResult } from '@/utils/db/queries/page';

/**
 * A list's total is exact, or, when the list says `more`, a true lower bound that still covers the
 * page shown ("fler än {total}"). A copy in memory always counts exactly.
 */
export function expectTotal(result: PageResult<unknown>, exact: number, inMemory = false): void {
  if (!result.more || inMemory) {
    expect(result.more).toBeUndefined();
    return expect(result.total).toBe(exact);
  }
  expect(result.total).toBeLessThan(exact);
  expect(result.total).toBeGreaterThanOrEqual(result.offset + result.rows.length);
}
