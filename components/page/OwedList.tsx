import { useState } from 'preact/hooks';
import type { OwedView } from '@/utils/checklist/owed-view';
import { formatDate, getLanguage, t } from '@/utils/i18n';
import { TickForm } from './TickForm';

export interface OwedListProps {
  items: OwedView[];
  /** ISO date. */
  today: string;
  onConfirm(itemIds: string[], on: string, outside: boolean): Promise<boolean>;
  announce(text: string): void;
}

const day = (iso: string) => formatDate(`${iso}T12:00:00`);
const what = (item: OwedView) => (item.subject ? `${item.label[getLanguage()]} – ${item.subject}` : item.label[getLanguage()]);

/** Where an item stands, in a few words: due by, overdue, or done (and how). */
export function owedStatus(item: OwedView, today: string): string {
  if (item.status === 'open')
    return item.due < today
      ? `${t('panelOwedDue', { date: day(item.due) })}, ${t('panelOwedOverdue')}`
      : t('panelOwedDue', { date: day(item.due) });
  if (item.doneOutside && item.confirmedDate) return t('panelOwedDoneBefore', { date: day(item.confirmedDate) });
  if (item.tick === 'posted' && item.confirmedDate) return t('panelOwedPosted', { date: day(item.confirmedDate) });
  return t('panelOwedDone');
}

/** What is owed for the page's pupils, pupil by pupil, with the ticks the teacher gives here. */
export function OwedList({ items, today, onConfirm, announce }: OwedListProps) {
  const [open, setOpen] = useState<{ id: string; outside: boolean } | undefined>();
  const pupils = [...new Set(items.map((item) => item.pupilId))];
  return (
    <section class="owed" aria-label={t('panelOwedTitle')} data-insyn-owed>
      <h3>{t('panelOwedTitle')}</h3>
      <ul>
        {pupils.map((pupilId) => {
          const own = items.filter((item) => item.pupilId === pupilId);
          return (
            <li key={pupilId} data-insyn-owed-pupil={own[0]!.pupil}>
              <strong>{own[0]!.pupil}</strong>
              <ul>
                {own.map((item) => (
                  <li key={item.id} data-insyn-owed-item={item.status}>
                    {what(item)}:{' '}
                    <span class={item.status === 'open' && item.due < today ? 'overdue' : undefined}>{owedStatus(item, today)}</span>
                    {item.status === 'open' && (
                      <Ticks
                        item={item}
                        today={today}
                        open={open?.id === item.id ? open.outside : undefined}
                        onOpen={(outside) => setOpen({ id: item.id, outside })}
                        onClose={() => setOpen(undefined)}
                        onConfirm={onConfirm}
                        announce={announce}
                      />
                    )}
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

interface TicksProps extends Pick<OwedListProps, 'today' | 'onConfirm' | 'announce'> {
  item: OwedView;
  /** The form open for this item: "Redan gjort" (true) or "skickad per post" (false). */
  open?: boolean;
  onOpen(outside: boolean): void;
  onClose(): void;
}

function Ticks({ item, today, open, onOpen, onClose, onConfirm, announce }: TicksProps) {
  const names = { what: what(item), pupil: item.pupil };
  if (open !== undefined) {
    const save = async (on: string) => {
      const saved = await onConfirm([item.id], on, open);
      if (saved) announce(t('panelOwedSaved', names));
      return saved;
    };
    return (
      <TickForm
        label={t(open ? 'panelOwedAlreadyFor' : 'panelOwedTickPostedFor', names)}
        today={today}
        earliest={open ? undefined : item.dated}
        onSave={save}
        onClose={onClose}
      />
    );
  }
  return (
    <span class="actions">
      {item.tick === 'posted' && (
        <button type="button" aria-label={t('panelOwedTickPostedFor', names)} onClick={() => onOpen(false)}>
          {t('panelOwedTickPosted')}
        </button>
      )}
      <button type="button" class="quiet" aria-label={t('panelOwedAlreadyFor', names)} onClick={() => onOpen(true)}>
        {t('panelOwedAlready')}
      </button>
    </span>
  );
}
