import { useState } from 'preact/hooks';
import { InputField, SelectField } from '@/components/common/Field';
import type { AdaptationRecord } from '@/utils/db/records';
import { labelKey } from '@/utils/domain/labels';
import { ADAPTATION_OUTCOMES, type AdaptationOutcome } from '@/utils/domain/support-steps';
import { t } from '@/utils/i18n';
import { choices } from './choices';
import type { SupportStepProps } from './props';

/** The pupil's extra anpassningar, each with its evaluation: enough, not enough, or continue. */
export function Adaptations(props: SupportStepProps) {
  if (!props.chain.adaptations.length) return null;
  return (
    <section aria-labelledby={`adaptations-${props.domId}`}>
      <h5 id={`adaptations-${props.domId}`}>{t('supportAdaptationsHeading')}</h5>
      <ul class="support-adaptations">
        {props.chain.adaptations.map((a) => (
          <li key={a.id}>
            {t('supportAdaptationLine', { what: a.what, subject: a.subject, from: a.from, by: a.by, due: a.evaluationDue })}
            {a.evaluation && ` — ${t(labelKey('adaptationOutcome', a.evaluation))} (${a.evaluatedOn})`}
            {a.evaluation !== 'enough' && a.evaluation !== 'not-enough' && <Evaluation adaptation={a} {...props} />}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Evaluation({ adaptation, view, act }: SupportStepProps & { adaptation: AdaptationRecord }) {
  const [outcome, setOutcome] = useState<AdaptationOutcome | ''>('');
  const [on, setOn] = useState(view.today);
  const id = (name: string) => `evaluate-${name}-${adaptation.id}`;
  return (
    <form
      class="support-form inline"
      onSubmit={(e) => {
        e.preventDefault();
        if (outcome)
          void act(
            (api) => api.evaluate({ adaptationId: adaptation.id, outcome, on }),
            () => t('supportEvaluated'),
          );
      }}
    >
      <SelectField
        id={id('outcome')}
        label={t('supportEvaluateOutcome', { what: adaptation.what, subject: adaptation.subject })}
        value={outcome}
        options={choices(ADAPTATION_OUTCOMES, (o) => t(labelKey('adaptationOutcome', o)))}
        onChange={(value) => setOutcome(value as AdaptationOutcome | '')}
      />
      <InputField id={id('on')} type="date" label={t('supportEvaluateOn')} value={on} onChange={setOn} />
      <button type="submit" disabled={!outcome || !on}>
        {t('supportEvaluateSave')}
      </button>
    </form>
  );
}
