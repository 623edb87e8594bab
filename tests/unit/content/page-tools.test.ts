import { describe, expect, it, vi } from 'vitest';
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

/**
 * The forms script bundles its own copies of the modules it shares with the reader's script; what those
 * modules keep for the page (Insyn's closed roots, the ids given) must be one for both. A fresh import
 * after `vi.resetModules()` is such a second copy.
 */
describe('what the reader’s and the forms script share in Insyn’s world', () => {
  it('the forms script finds the panel’s closed root and the form it opened gives focus back there', async () => {
    const reader = await import('@/utils/content/closed-shadow');
    const host = document.createElement('div');
    document.body.append(host);
    const root = reader.attachClosedShadow(host);
    vi.resetModules();
    const forms = await import('@/utils/content/closed-shadow');
    expect(forms).not.toBe(reader);
    expect(forms.shadowRootOf(host)).toBe(root);
    const button = document.createElement('button');
    root.append(button);
    button.focus();
    const { deepActiveElement } = await import('@/components/page/focus');
    expect(deepActiveElement()).toBe(button);
    host.remove();
  });

  it('ids given by either script never repeat', async () => {
    const { renderHook } = await import('@testing-library/preact');
    const reader = await import('@/components/page/focus');
    vi.resetModules();
    const forms = await import('@/components/page/focus');
    expect(forms).not.toBe(reader);
    const ids = [reader, forms, reader, forms].map(({ useUniqueId }) => renderHook(() => useUniqueId()).result.current);
    expect(new Set(ids).size).toBe(4);
  });
});
