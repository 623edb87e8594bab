import type { SchoolExportRecord } from '@/utils/principal/school-export';
import { supportChainRows } from '@/utils/principal/support-chain';
import { formatNumber, t } from '@/utils/i18n';

/** The support chain per teacher and group, from the imported files (utils/principal/support-chain.ts). */
export function SupportChainView({ files }: { files: readonly SchoolExportRecord[] }) {
  const rows = supportChainRows(files);
  return (
    <section aria-labelledby="principal-support-heading">
      <h3 id="principal-support-heading">{t('principal_supportHeading')}</h3>
      <p>{t('principal_supportHow')}</p>
      {rows.length === 0 ? (
        <p>{t('principal_supportNone')}</p>
      ) : (
        <table>
          <caption>{t('principal_supportCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('principal_col_teacher')}</th>
              <th scope="col">{t('principal_col_group')}</th>
              <th scope="col">{t('principal_supportOpenReports')}</th>
              <th scope="col">{t('principal_supportWithoutDecision')}</th>
              <th scope="col">{t('principal_supportWithoutAppeal')}</th>
              <th scope="col">{t('principal_supportWithoutReceipt')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.teacher}|${row.group}`}>
                <th scope="row">{row.teacher}</th>
                <td>{row.group || '–'}</td>
                <td>
                  {formatNumber(row.openReports.length)}
                  {row.openReports.length > 0 && (
                    <ul>
                      {row.openReports.map((report) => (
                        <li key={`${report.pupil}|${report.madeOn}`}>
                          {t('principal_supportReport', {
                            pupil: report.pupil,
                            date: report.madeOn,
                            days: formatNumber(report.waitedDays),
                          })}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>{formatNumber(row.investigationsWithoutDecision)}</td>
                <td>{formatNumber(row.decisionsWithoutAppealInstructions)}</td>
                <td>{formatNumber(row.decisionsWithoutReceipt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
