import type { Timeline, TimelineStep } from '@/utils/domain/support-chain';
import { labelKey } from '@/utils/domain/labels';
import { t } from '@/utils/i18n';

function stateText({ state, on, due }: TimelineStep): string {
  if (state === 'done') return on ? t('supportStepDone', { date: on }) : t('supportStepDoneUndated');
  if (state === 'overdue') return t('supportStepOverdue', { date: due! });
  if (state === 'open') return due ? t('supportStepOpen', { date: due }) : t('supportStepWaiting');
  return t('supportStepLater');
}

const MARK = { done: '✔', open: '○', overdue: '⚠', later: '·' } as const;

/** The chain's steps in their legal order, each with where it stands; state is in words, not colour alone. */
export function SupportTimeline({ timeline, label }: { timeline: Timeline; label: string }) {
  return (
    <>
      <ol class="support-timeline" aria-label={label}>
        {timeline.steps.map((step) => (
          <li key={step.step} data-step={step.step} data-state={step.state} class={`step-${step.state}`}>
            <span aria-hidden="true">{MARK[step.state]} </span>
            <strong>{t(labelKey('chainStep', step.step))}</strong>: {stateText(step)}
          </li>
        ))}
      </ol>
      {timeline.appealUntil && <p>{t('supportAppealUntil', { date: timeline.appealUntil })}</p>}
    </>
  );
}
