import { ThisWeek } from '@/components/common/ThisWeek';
import { StorageNotice } from '@/components/common/StorageNotice';
import { formatDate, formatNumber, t } from '@/utils/i18n';
import { useAsync } from '@/utils/ui/use-async';
import { countText, formatDay, kindLabel } from '../labels';
import { AsyncError, Loading } from './status';
import type { SectionProps } from './types';

/** What needs the teacher now, this week's duties first, each with a link to the full list. */
export function OverviewSection({ api }: Pick<SectionProps, 'api'>) {
  const state = useAsync(() => Promise.all([api.overview(), api.thisWeek()]), []);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <AsyncError message={state.message} />;
  const [{ openRisks, overdue, contactsThisTerm, followUps, storage }, week] = state.value;
  return (
    <div class="cards">
      {storage && <StorageNotice state={storage} />}
      <div class="card">
        <ThisWeek week={week} today={api.today()} />
      </div>
      <section class="card" aria-labelledby="ov-risks">
        <h3 id="ov-risks">{t('dashOverviewOpenRisks', { count: formatNumber(openRisks.total) })}</h3>
        {openRisks.total === 0 ? (
          <p>{t('dashOverviewNoOpenRisks')}</p>
        ) : (
          <ul>
            {openRisks.oldest.map((risk) => (
              <li key={risk.id}>
                {t('dashOverviewRiskLine', {
                  pupil: risk.pupil?.name ?? risk.pupilId,
                  subject: risk.subject,
                  date: formatDate(risk.firstSeen),
                })}
              </li>
            ))}
          </ul>
        )}
        <a href="#risks">{t('dashOverviewAllRisks')}</a>
      </section>
      <section class="card" aria-labelledby="ov-overdue">
        <h3 id="ov-overdue">{t('dashOverviewOverdue', { count: countText(overdue) })}</h3>
        {overdue.total === 0 ? (
          <p>{t('dashOverviewNothingOverdue')}</p>
        ) : (
          <ul>
            {overdue.soonest.map((item) => (
              <li key={item.id}>
                {t('dashOverviewItemLine', {
                  pupil: item.pupil?.name ?? item.pupilId,
                  what: item.subject ? `${kindLabel(item.kind)} (${item.subject})` : kindLabel(item.kind),
                  date: formatDay(item.due),
                })}
              </li>
            ))}
          </ul>
        )}
        <a href="#checklist">{t('dashOverviewAllChecklist')}</a>
      </section>
      <section class="card" aria-labelledby="ov-contacts">
        <h3 id="ov-contacts">{t('dashOverviewContactsTerm')}</h3>
        <p class="big" data-count="contactsThisTerm">
          {contactsThisTerm === undefined ? '–' : countText(contactsThisTerm)}
        </p>
        <a href="#contacts">{t('dashOverviewAllContacts')}</a>
      </section>
      <section class="card" aria-labelledby="ov-followups">
        <h3 id="ov-followups">{t('dashOverviewFollowUps', { count: formatNumber(followUps.total) })}</h3>
        {followUps.total === 0 ? (
          <p>{t('dashOverviewNoFollowUps')}</p>
        ) : (
          <ul>
            {followUps.soonest.map((contact) => (
              <li key={contact.id}>
                {t('dashOverviewFollowUpLine', {
                  pupil: contact.pupil?.name ?? contact.pupilId,
                  date: formatDay(contact.followUp!),
                  subjects: contact.subjects.join(', '),
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
