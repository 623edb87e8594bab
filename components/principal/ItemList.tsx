import { useEffect, useRef } from 'preact/hooks';
import { checklistKindLabel } from '@/utils/checklist/registry';
import { t } from '@/utils/i18n';
import type { ViewItem } from '@/utils/principal/metrics';

/** The items behind a figure: who (or their code), where, what and by when. Escape or the button closes it. */
export function ItemList({
  title,
  items,
  pupilName,
  onClose,
}: {
  title: string;
  items: readonly ViewItem[];
  pupilName: (item: ViewItem) => string;
  onClose: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [title]);
  return (
    <section
      class="principal-items"
      aria-labelledby="principal-items-heading"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <h4 id="principal-items-heading" tabIndex={-1} ref={heading}>
        {title}
      </h4>
      <table class="principal-table">
        <thead>
          <tr>
            <th scope="col">{t('principal_col_teacher')}</th>
            <th scope="col">{t('principal_col_pupil')}</th>
            <th scope="col">{t('principal_col_group')}</th>
            <th scope="col">{t('principal_col_subject')}</th>
            <th scope="col">{t('principal_col_term')}</th>
            <th scope="col">{t('principal_col_what')}</th>
            <th scope="col">{t('principal_col_due')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, i) => (
            <tr key={i}>
              <td>{item.teacher}</td>
              <td>{pupilName(item)}</td>
              <td>{item.group || '–'}</td>
              <td>{item.subject || '–'}</td>
              <td>{item.term}</td>
              <td>{item.kind === 'risk' ? t('principal_item_risk') : checklistKindLabel(item.kind, 'sheet')}</td>
              <td>{item.due}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <button type="button" onClick={onClose}>
          {t('principal_closeItems')}
        </button>
      </p>
    </section>
  );
}
