import { useEffect, useState } from 'preact/hooks';
import { MAX_PAGE_SIZE, type PageRequest, type PageResult } from '@/utils/db/queries/page';
import { useAsync } from '@/utils/ui/use-async';

/** The value, once it has stopped changing for `ms`: search runs when typing pauses, not on every key. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** A counter to bump after a write, so lists that depend on it read again. */
export function useReload(): [number, () => void] {
  const [version, setVersion] = useState(0);
  return [version, () => setVersion((v) => v + 1)];
}

/**
 * A paged list that starts again at the first page whenever its filter changes. `filterKey` identifies
 * the filter (e.g. its JSON); `version` re-reads after a write.
 */
export function usePaged<T>(load: (page: PageRequest) => Promise<PageResult<T>>, filterKey: string, version = 0) {
  const [position, setPosition] = useState({ key: filterKey, offset: 0 });
  const offset = position.key === filterKey ? position.offset : 0;
  const state = useAsync(() => load({ offset, limit: MAX_PAGE_SIZE }), [filterKey, offset, version]);
  const goTo = (next: number) => setPosition({ key: filterKey, offset: next });
  return { state, offset, limit: MAX_PAGE_SIZE, goTo };
}

/** Ids the teacher ticked; cleared when the filter changes, kept across pages. */
export function useSelection(filterKey: string) {
  const [picked, setPicked] = useState({ key: filterKey, ids: new Set<string>() });
  const selected = picked.key === filterKey ? picked.ids : new Set<string>();
  const update = (change: (ids: Set<string>) => void) => {
    const ids = new Set(selected);
    change(ids);
    setPicked({ key: filterKey, ids });
  };
  return {
    selected,
    onToggle: (id: string, on: boolean) => update((ids) => (on ? ids.add(id) : ids.delete(id))),
    onToggleAll: (all: string[], on: boolean) => update((ids) => all.forEach((id) => (on ? ids.add(id) : ids.delete(id)))),
    clear: () => setPicked({ key: filterKey, ids: new Set() }),
  };
}
