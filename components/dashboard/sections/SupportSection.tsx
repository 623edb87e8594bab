import { useCallback, useEffect, useState } from 'preact/hooks';
import { CheckboxField } from '@/components/common/Field';
import { stuckOnly } from '@/utils/domain/support-chain';
import { t } from '@/utils/i18n';
import type { SupportView } from '../support-api';
import { AsyncError, Loading } from './status';
import { Adaptations } from './support/Adaptations';
import { AdaptationForm } from './support/AdaptationForm';
import type { SupportStepProps } from './support/props';
import { ReferralDraft } from './support/ReferralDraft';
import { ReferralNotes } from './support/ReferralNotes';
import { SupportTimeline } from './support/SupportTimeline';
import type { SectionProps } from './types';
import './support/support.css';

/**
 * The support chain per pupil (issue 18): a timeline from risk to follow-up, and what the teacher notes at
 * each step. "Stuck" shows only pupils with a step overdue.
 */
export function SupportSection({ api, announce, fail }: SectionProps) {
  const [view, setView] = useState<SupportView>();
  const [error, setError] = useState<string>();
  const [stuck, setStuck] = useState(false);
  const reload = useCallback(
    () =>
      api.support.load().then(
        (next) => setView(next),
        (e: unknown) => setError(String(e)),
      ),
    [api],
  );
  useEffect(() => void reload(), [reload]);

  const act: SupportStepProps['act'] = async (write, said) => {
    try {
      const result = await write(api.support);
      await reload();
      announce({ message: said(result) });
    } catch (e) {
      fail(e);
    }
  };
  const say = (message: string) => announce({ message });

  if (error) return <AsyncError message={error} />;
  if (!view) return <Loading />;
  const chains = stuck ? stuckOnly(view.chains) : view.chains;
  return (
    <div class="support">
      <p>{t('supportIntro')}</p>
      <CheckboxField id="support-stuck" label={t('supportStuckOnly')} checked={stuck} onChange={setStuck} />
      {chains.length === 0 && <p>{t('supportNone')}</p>}
      <ul class="support-pupils">
        {chains.map((chain, index) => (
          <SupportPupil key={chain.pupil.id} {...{ chain, domId: `pupil-${index}`, view, act, say }} />
        ))}
      </ul>
    </div>
  );
}

/** One pupil's chain: the timeline, the adaptations and the form for a new one, the referral's draft or notes. */
function SupportPupil(props: SupportStepProps) {
  const { chain } = props;
  const referral = chain.referrals.at(-1);
  const heading = chain.pupil.group ? `${chain.pupil.name} (${chain.pupil.group})` : chain.pupil.name;
  return (
    <li data-pupil={chain.pupil.id}>
      <h4>
        {heading} {chain.timeline.stuck && <span class="tag stuck">⚠ {t('supportStuck')}</span>}
      </h4>
      <SupportTimeline timeline={chain.timeline} label={t('supportTimelineLabel', { pupil: heading })} />
      <Adaptations {...props} />
      <details>
        <summary>{t('supportAdaptHeading')}</summary>
        <AdaptationForm {...props} />
      </details>
      {referral ? (
        <ReferralNotes key={`${referral.id}-${referral.updated}`} referral={referral} {...props} />
      ) : (
        // A new evaluation redrafts: the draft is made from what the chain says now.
        <ReferralDraft key={chain.adaptations.map((a) => `${a.id}:${a.evaluation ?? ''}:${a.evaluatedOn ?? ''}`).join()} {...props} />
      )}
    </li>
  );
}
