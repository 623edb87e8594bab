import { useState } from 'preact/hooks';
import { NoteField } from '@/components/common/NoteField';
import { InputField } from '@/components/common/Field';
import { copyText } from '@/utils/content/clipboard';
import { t } from '@/utils/i18n';
import { referralDraft } from '@/utils/templates/referral-draft';
import type { SupportStepProps } from './props';

/**
 * The anmälan till rektor: a draft from what Insyn knows, for the teacher to edit, copy or print; logging
 * it keeps only that it was made and when (the text stays the teacher's), and opens the checklist item.
 */
export function ReferralDraft({ chain, domId, view, act, say }: SupportStepProps) {
  const [text, setText] = useState(() => referralDraft(chain, view));
  const [madeOn, setMadeOn] = useState(view.today);
  const due = chain.timeline.steps.find((s) => s.step === 'referral');
  const id = `referral-draft-${domId}`;
  const subjects = [...new Set([...chain.risks.map((r) => r.subject), ...chain.adaptations.map((a) => a.subject)])];
  return (
    <details class="support-referral" open={due?.state === 'open' || due?.state === 'overdue'}>
      <summary>{t('supportReferHeading')}</summary>
      <NoteField id={id} label={t('supportDraftLabel')} value={text} onChange={setText} rows={14} maxLength={20_000} />
      <p>
        <button
          type="button"
          onClick={(e) => void copyText(text, e.currentTarget.parentElement!).then((ok) => ok && say(t('supportCopied')))}
        >
          {t('supportCopy')}
        </button>{' '}
        <button type="button" onClick={() => printDraft(text)}>
          {t('supportPrint')}
        </button>
      </p>
      <form
        class="support-form inline"
        aria-label={t('supportReferLog')}
        onSubmit={(e) => {
          e.preventDefault();
          void act(
            (api) => api.refer({ pupilId: chain.pupil.id, subjects, madeOn }),
            () => t('supportReferred'),
          );
        }}
      >
        <InputField id={`${id}-on`} type="date" label={t('supportReferOn')} value={madeOn} onChange={setMadeOn} />
        <button type="submit" disabled={!madeOn || subjects.length === 0}>
          {t('supportReferLog')}
        </button>
      </form>
    </details>
  );
}

/** Prints the draft alone: a frame of this extension page holding the text as text, printed and removed. */
function printDraft(text: string): void {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.style.cssText = 'position:fixed;width:0;height:0;border:0;';
  document.body.appendChild(frame);
  const doc = frame.contentDocument!;
  const pre = doc.createElement('pre');
  pre.style.cssText = 'white-space:pre-wrap;font:12pt serif;';
  pre.textContent = text;
  doc.body.appendChild(pre);
  // Firefox prints after print() returns: the frame goes once printing is over, not before.
  frame.contentWindow!.addEventListener('afterprint', () => frame.remove(), { once: true });
  frame.contentWindow!.print();
}
