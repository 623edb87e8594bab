import { useState } from 'preact/hooks';
import { useDebounced } from '@/components/common/hooks';

/** A list's filter values as the form holds them: '' means no filter; `text` is the search typed. */
export type FilterValues = Record<string, string> & { text: string };

/** The filter a query takes: only the values chosen, without the form's ''. */
export type ChosenFilter<V extends FilterValues> = { [K in keyof V]?: Exclude<V[K], ''> };

/** The values chosen, the typed search once typing pauses (300 ms), so a list reads once per pause. */
export function useFilters<V extends FilterValues>(initial: V) {
  const [values, setValues] = useState<V>(initial);
  const search = useDebounced(values.text, 300);
  const onChange = (patch: Partial<V>) => setValues((v) => ({ ...v, ...patch }));
  const filter = chosen({ ...values, text: search });
  return { values, onChange, filter, key: JSON.stringify(filter) };
}

function chosen<V extends FilterValues>(values: V): ChosenFilter<V> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== '')) as ChosenFilter<V>;
}
