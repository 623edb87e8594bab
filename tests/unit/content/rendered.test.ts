import { describe, expect, it } from 'vitest';
import { isRendered } from '@/utils/content/rendered';

/** happy-dom lays nothing out, so the browser's answers are stood in for; the e2e tests ask real browsers. */
describe('isRendered', () => {
  it('asks checkVisibility, counting visibility: hidden as not rendered', () => {
    const element = document.createElement('tr');
    const asked: unknown[] = [];
    element.checkVisibility = (options) => (asked.push(options), false);
    expect(isRendered(element)).toBe(false);
    expect(asked).toEqual([{ visibilityProperty: true }]);
  });

  it('without checkVisibility: no boxes, or visibility hidden, is not rendered', () => {
    const element = document.createElement('div');
    document.body.append(element);
    Object.defineProperty(element, 'checkVisibility', { value: undefined });
    const boxes = (count: number) =>
      Object.defineProperty(element, 'getClientRects', { configurable: true, value: () => ({ length: count }) });
    boxes(0);
    expect(isRendered(element)).toBe(false);
    boxes(1);
    expect(isRendered(element)).toBe(true);
    element.style.visibility = 'hidden';
    expect(isRendered(element)).toBe(false);
    element.remove();
  });
});
