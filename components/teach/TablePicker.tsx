import type { TableSketch } from '@/utils/recipes/sketch';
import { t } from '@/utils/i18n';

/**
 * The page's tables as a radio list, each named by its header texts: the way to choose for keyboard
 * and screen-reader users, and for everyone the outline on the page follows the focused choice.
 */
export function TablePicker({
  tables,
  chosen,
  onChoose,
  onLook,
}: {
  tables: readonly TableSketch[];
  chosen?: number;
  onChoose(index: number): void;
  onLook(index: number | null): void;
}) {
  if (tables.length === 0) return <p role="alert">{t('teachNoTables')}</p>;
  return (
    <fieldset class="tables" onFocusOut={() => onLook(chosen ?? null)}>
      <legend>{t('teachStepTable')}</legend>
      {tables.map((table) => (
        <label
          key={table.index}
          class="choice"
          data-teach-table={table.index}
          onMouseEnter={() => onLook(table.index)}
          onMouseLeave={() => onLook(chosen ?? null)}
        >
          <input
            type="radio"
            name="teach-table"
            checked={chosen === table.index}
            onFocus={() => onLook(table.index)}
            onChange={() => onChoose(table.index)}
          />
          <span>
            {t('teachTableOption', { number: table.index + 1, headers: table.headers.join(' · '), rows: table.rows })}
            {table.title && <span class="muted"> — {table.title}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
