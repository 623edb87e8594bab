import { DataTable, type DataTableProps } from '@/components/common/DataTable';
import { Pager } from '@/components/common/Pager';
import type { PageResult } from '@/utils/db/queries/page';
import type { AsyncState } from '@/utils/ui/use-async';
import { AsyncError, Loading } from './status';

interface PagedListProps<T> extends Omit<DataTableProps<T>, 'caption' | 'rows'> {
  /** A page of a list as `usePaged` reads it. */
  paged: { state: AsyncState<PageResult<T>>; offset: number; limit: number; goTo: (offset: number) => void };
  caption: (page: PageResult<T>) => string;
  /** Names the pager's landmark. */
  pagesLabel: string;
}

/** A dashboard list's page: loading, its error, or the table with its pager. */
export function PagedList<T>({ paged, caption, pagesLabel, ...table }: PagedListProps<T>) {
  const { state, offset, limit, goTo } = paged;
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <AsyncError message={state.message} />;
  const page = state.value;
  return (
    <>
      <DataTable {...table} caption={caption(page)} rows={page.rows} />
      <Pager label={pagesLabel} offset={offset} limit={limit} total={page.total} more={page.more} onPage={goTo} />
    </>
  );
}
