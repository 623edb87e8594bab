import { t } from '@/utils/i18n';
import type { Sheet } from '@/utils/export/sheets';
import { cellText } from '@/utils/export/neutralise';
import './print.css';

/** The checklist and the contact log as tables for paper (or PDF through the browser's print dialog). */
export function PrintView({
  sheets,
  heading,
  onPrint,
  onClose,
}: {
  sheets: Sheet[];
  heading: string;
  onPrint: () => void;
  onClose: () => void;
}) {
  return (
    <section class="print-view" aria-labelledby="print-heading">
      <h3 id="print-heading">{heading}</h3>
      <p class="no-print">
        <button type="button" onClick={onPrint}>
          {t('export_printNow')}
        </button>{' '}
        <button type="button" onClick={onClose}>
          {t('export_printClose')}
        </button>
      </p>
      {sheets.map((sheet) => (
        <table key={sheet.title}>
          <caption>{sheet.title}</caption>
          <thead>
            <tr>
              {sheet.header.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sheet.rows.length === 0 ? (
              <tr>
                <td colSpan={sheet.header.length}>{t('export_printEmpty')}</td>
              </tr>
            ) : (
              sheet.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) => (
                    <td key={j}>{cellText(cell)}</td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      ))}
    </section>
  );
}
