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
      <ListCard
        id="ov-risks"
        title={t('dashOverviewOpenRisks', { count: formatNumber(openRisks.total) })}
        none={openRisks.total === 0 && t('dashOverviewNoOpenRisks')}
        items={openRisks.oldest.map(riskLine)}
        link={{ href: '#risks', text: t('dashOverviewAllRisks') }}
      />
      <ListCard
        id="ov-overdue"
        title={t('dashOverviewOverdue', { count: countText(overdue) })}
        none={overdue.total === 0 && t('dashOverviewNothingOverdue')}
        items={overdue.soonest.map(itemLine)}
        link={{ href: '#checklist', text: t('dashOverviewAllChecklist') }}
      />
      <section class="card" aria-labelledby="ov-contacts">
        <h3 id="ov-contacts">{t('dashOverviewContactsTerm')}</h3>
        <p class="big" data-count="contactsThisTerm">
          {contactsThisTerm === undefined ? '–' : countText(contactsThisTerm)}
        </p>
        <a href="#contacts">{t('dashOverviewAllContacts')}</a>
      </section>
      <ListCard
        id="ov-followups"
        title={t('dashOverviewFollowUps', { count: formatNumber(followUps.total) })}
        none={followUps.total === 0 && t('dashOverviewNoFollowUps')}
        items={followUps.soonest.map(followUpLine)}
      />
    </div>
  );
}

type Overview = Awaited<ReturnType<SectionProps['api']['overview']>>;

const riskLine = (risk: Overview['openRisks']['oldest'][number]) => ({
  key: risk.id,
  line: t('dashOverviewRiskLine', { pupil: risk.pupil?.name ?? risk.pupilId, subject: risk.subject, date: formatDate(risk.firstSeen) }),
});

const itemLine = (item: Overview['overdue']['soonest'][number]) => ({
  key: item.id,
  line: t('dashOverviewItemLine', {
    pupil: item.pupil?.name ?? item.pupilId,
    what: item.subject ? `${kindLabel(item.kind)} (${item.subject})` : kindLabel(item.kind),
    date: formatDay(item.due),
  }),
});

const followUpLine = (contact: Overview['followUps']['soonest'][number]) => ({
  key: contact.id,
  line: t('dashOverviewFollowUpLine', {
    pupil: contact.pupil?.name ?? contact.pupilId,
    date: formatDay(contact.followUp!),
    subjects: contact.subjects.join(', '),
  }),
});

interface ListCardProps {
  id: string;
  title: string;
  /** What the card says instead of its list when there is nothing in it. */
  none: string | false;
  items: { key: string; line: string }[];
  /** The full list, where there is one. */
  link?: { href: string; text: string };
}

/** A card of the overview: its heading, the first few lines of a list (or that there are none), a link to all. */
function ListCard({ id, title, none, items, link }: ListCardProps) {
  return (
    <section class="card" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {none ? (
        <p>{none}</p>
      ) : (
        <ul>
          {items.map(({ key, line }) => (
            <li key={key}>{line}</li>
          ))}
        </ul>
      )}
      {link && <a href={link.href}>{link.text}</a>}
    </section>
  );
}
