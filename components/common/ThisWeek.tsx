import { checklistKindLabel } from '@/utils/checklist/registry';
import type { ChecklistRecord } from '@/utils/db/records';
import type { ThisWeek as Week } from '@/utils/db/queries/this-week';
import { formatNumber, t } from '@/utils/i18n';
import { isInfoMentorUrl } from '@/utils/infomentor/hosts';
import { formatDay } from './format-day';

/** "Den här veckan": what is due by Sunday and overdue, per pupil, with the page where it is done when Insyn knows it. */
export function ThisWeek({ week, today, headingLevel = 3 }: { week: Week; today: string; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section class="this-week" aria-labelledby="this-week-title" data-this-week>
      <Heading id="this-week-title">{t('weekTitle', { count: formatNumber(week.total) })}</Heading>
      {week.total === 0 ? (
        <p>{t('weekEmpty')}</p>
      ) : (
        <ul class="week-pupils">
          {week.pupils.map(({ pupilId, pupil, items }) => (
            <li key={pupilId} data-week-pupil={pupil?.name ?? pupilId}>
              <strong>{pupil?.name ?? pupilId}</strong>
              {pupil?.group && <span class="muted"> · {pupil.group}</span>}
              <ul>
                {items.map((item) => (
                  <WeekItem key={item.id} item={item} today={today} />
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {week.morePupils > 0 && <p class="muted">{t('weekMorePupils', { count: formatNumber(week.morePupils) })}</p>}
    </section>
  );
}

function WeekItem({ item, today }: { item: ChecklistRecord; today: string }) {
  const what = item.subject ? `${checklistKindLabel(item.kind)} – ${item.subject}` : checklistKindLabel(item.kind);
  // Only an address on InfoMentor's own hosts becomes a link: the page's address is what the browser reported, kept as text.
  const page = item.page && isInfoMentorUrl(item.page) ? item.page : undefined;
  return (
    <li>
      {t('weekItem', { what, date: formatDay(item.due) })}
      {item.due < today && <strong class="overdue"> {t('dashOverdueMark')}</strong>}
      {page && (
        <>
          {' · '}
          <a href={page} target="_blank" rel="noopener noreferrer">
            {t('weekOpenPage')}
          </a>
        </>
      )}
    </li>
  );
}
