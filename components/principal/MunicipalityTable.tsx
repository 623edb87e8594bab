import { t } from '@/utils/i18n';
import { COUNT_FIGURES } from '@/utils/principal/metrics';
import type { SchoolRow } from '@/utils/principal/municipality';
import { countText } from '@/utils/principal/small-counts';
import { FigureHeaders, shareText } from './PrincipalView';

/** The coordinator's table: each school, then its year groups and subjects, side by side by the same rules. */
export function MunicipalityTable({ rows, days, pseudonymised }: { rows: SchoolRow[]; days: number; pseudonymised: boolean }) {
  const count = (n: number) => countText(n, pseudonymised);
  return (
    <table class="principal-table principal-schools">
      <caption>{t('principal_schoolsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('principal_col_school')}</th>
          <th scope="col">{t('principal_col_year')}</th>
          <th scope="col">{t('principal_col_subject')}</th>
          <FigureHeaders days={days} />
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={JSON.stringify([r.school, r.whole, r.year, r.subject])} class={r.whole ? 'whole' : undefined}>
            <th scope="row">{r.school || '–'}</th>
            <td>{r.whole ? t('principal_allYears') : r.year || '–'}</td>
            <td>{r.whole ? t('principal_allSubjects') : r.subject || '–'}</td>
            {COUNT_FIGURES.map((f) => (
              <td key={f} class="num">
                {count(r[f])}
              </td>
            ))}
            <td class="num">{shareText(r, pseudonymised)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
