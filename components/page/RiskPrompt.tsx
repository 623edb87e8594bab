import { isProtected, type PupilAtRisk } from '@/utils/content/page-risks';
import { displayName } from '@/utils/content/draft';
import { t } from '@/utils/i18n';
import { genitive } from '@/utils/i18n/words';
import { useUniqueId } from './focus';
import { FIRST_PUPILS, PupilMarks } from './RiskList';

export interface RiskPromptProps {
  pupils: PupilAtRisk[];
  onWrite(pupilKeys: string[]): void;
  onPostpone(pupilKeys: string[]): void;
  onDismiss(pupilKeys: string[]): void;
  onClose(): void;
  routine?: string;
}

/**
 * The nudge when the page shows risks whose guardians have not been contacted. Part of the panel, not
 * a dialog: it never takes focus and it never comes back once the teacher has decided or closed it.
 */
export function RiskPrompt({ pupils, onWrite, onPostpone, onDismiss, onClose, routine }: RiskPromptProps) {
  const headingId = useUniqueId();
  const keys = pupils.map((p) => p.key);
  // No draft for a pupil with protected personal data; the mark says to follow the school's routine.
  const writable = pupils.filter((p) => !isProtected([p])).map((p) => p.key);
  return (
    <section class="prompt" role="region" aria-labelledby={headingId} data-insyn-prompt>
      <h3 id={headingId}>
        {pupils.length === 1
          ? t('promptHeadingOne', { whose: genitive(displayName(pupils[0]!.pupil)) })
          : t('promptHeadingMany', { count: pupils.length })}
      </h3>
      <p class="muted">{t('promptWhy')}</p>
      {pupils.length > 1 && (
        <ul class="names">
          {pupils.slice(0, FIRST_PUPILS).map((p) => (
            <li key={p.key}>
              {p.pupil}
              {isProtected([p]) && ` (${t('pageProtected')})`}
            </li>
          ))}
          {pupils.length > FIRST_PUPILS && <li>{t('promptNamesMore', { count: pupils.length - FIRST_PUPILS })}</li>}
        </ul>
      )}
      {pupils.length === 1 && <PupilMarks pupil={pupils[0]!} routine={routine} />}
      <div class="actions">
        {writable.length > 0 && (
          <button type="button" class="primary" onClick={() => onWrite(writable)}>
            {t('promptWrite')}
          </button>
        )}
        <button type="button" onClick={() => onPostpone(keys)}>
          {t('promptPostpone')}
        </button>
        <button type="button" onClick={() => onDismiss(keys)}>
          {t('promptDismiss')}
        </button>
        <button type="button" class="quiet" onClick={onClose}>
          {t('promptClose')}
        </button>
      </div>
    </section>
  );
}
