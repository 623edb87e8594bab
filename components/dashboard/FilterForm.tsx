import { InputField, SelectField } from '@/components/common/Field';
import { t } from '@/utils/i18n';
import { withAll } from './labels';
import type { FilterValues } from './use-filters';

interface FilterBase<V extends FilterValues> {
  key: keyof V & string;
  id: string;
  label: string;
  hint?: string;
}

/** A choice among a list's values ("Alla" first, meaning no filter), labelled by `choiceLabel`. */
export interface ChoiceFilter<V extends FilterValues> extends FilterBase<V> {
  choices: readonly string[];
  choiceLabel?: (value: string) => string;
}

/** A typed filter: words, a date, or a text with suggestions (`suggestions`, a datalist). */
export interface TextFilter<V extends FilterValues> extends FilterBase<V> {
  type: 'text' | 'search' | 'date';
  suggestions?: readonly string[];
}

export type FilterSpec<V extends FilterValues> = ChoiceFilter<V> | TextFilter<V>;

interface FilterFormProps<V extends FilterValues> {
  filters: FilterSpec<V>[];
  values: V;
  onChange: (patch: Partial<V>) => void;
}

/** A list's filters, each a labelled field, drawn from the section's filters as data. */
export function FilterForm<V extends FilterValues>({ filters, values, onChange }: FilterFormProps<V>) {
  return (
    <form class="filters" role="search" aria-label={t('dashFiltersLabel')} onSubmit={(e) => e.preventDefault()}>
      {filters.map((filter) => (
        <FilterField
          key={filter.id}
          filter={filter}
          value={values[filter.key] ?? ''}
          onChange={(value) => onChange({ [filter.key]: value } as Partial<V>)}
        />
      ))}
    </form>
  );
}

function FilterField<V extends FilterValues>({
  filter,
  value,
  onChange,
}: {
  filter: FilterSpec<V>;
  value: string;
  onChange: (value: string) => void;
}) {
  const { id, label, hint } = filter;
  if ('choices' in filter) {
    const options = withAll(filter.choices, filter.choiceLabel ?? ((v) => v));
    return <SelectField id={id} label={label} hint={hint} value={value} options={options} onChange={onChange} />;
  }
  if (!filter.suggestions) return <InputField id={id} type={filter.type} label={label} hint={hint} value={value} onChange={onChange} />;
  return (
    <>
      <InputField id={id} type={filter.type} label={label} hint={hint} list={`${id}s`} value={value} onChange={onChange} />
      <datalist id={`${id}s`}>
        {filter.suggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
    </>
  );
}
