import { useEffect, useRef } from 'preact/hooks';
import { interpreterOf, isProtected, type PupilAtRisk } from '@/utils/content/page-risks';
import { protectedRoutineText } from '@/utils/content/protected-routine';
import { followUpText, statusText } from '@/utils/content/status-text';
import { t } from '@/utils/i18n';

export interface RiskListProps {
  pupils: PupilAtRisk[];
  /** Status known: logging and "Inte i risk" need the background's risk ids. */
  canAct: boolean;
  focus?: { pupilKey: string; seq: number };
  onWrite(pupilKeys: string[]): void;
  onLog(pupilKey: string): void;
  onLogSeveral(): void;
  onDismiss(pupilKeys: string[]): void;
  /** The school's routine for pupils with protected personal data, once the drafting context has it. */
  routine?: string;
}

/** This page's at-risk pupils, each with the page's reasons and where guardian contact stands. */
export function RiskList({ pupils, canAct, focus, onWrite, onLog, onLogSeveral, onDismiss, routine }: RiskListProps) {
  const headings = useRef(new Map<string, HTMLElement>());
  useEffect(() => {
    if (!focus) return;
    const heading = headings.current.get(focus.pupilKey);
    heading?.scrollIntoView({ block: 'nearest' });
    heading?.focus();
  }, [focus?.seq]);

  return (
    <>
      {canAct && pupils.length > 1 && (
        <button type="button" class="several" onClick={onLogSeveral}>
          {t('pageLogSeveral')}
        </button>
      )}
      <ul class="risks" aria-label={t('pageRiskListLabel')}>
        {pupils.map((pupil) => (
          <li key={pupil.key} data-insyn-pupil={pupil.pupil} class={focus?.pupilKey === pupil.key ? 'focused' : undefined}>
            <h3
              tabIndex={-1}
              ref={(element) => {
                if (element) headings.current.set(pupil.key, element);
                else headings.current.delete(pupil.key);
              }}
            >
              {pupil.pupil}
            </h3>
            <PupilMarks pupil={pupil} routine={routine} />
            <PupilRisks pupil={pupil} />
            <div class="actions">
              {!isProtected([pupil]) && (
                <button type="button" aria-label={t('pageWriteFor', { pupil: pupil.pupil })} onClick={() => onWrite([pupil.key])}>
                  {t('pageWrite')}
                </button>
              )}
              {canAct && (
                <>
                  <button type="button" aria-label={t('pageLogFor', { pupil: pupil.pupil })} onClick={() => onLog(pupil.key)}>
                    {t('pageLog')}
                  </button>
                  <button type="button" aria-label={t('pageDismissFor', { pupil: pupil.pupil })} onClick={() => onDismiss([pupil.key])}>
                    {t('pageDismiss')}
                  </button>
                </>
              )}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The pupil's subjects at risk on this page, each with its reasons and where guardian contact stands. */
function PupilRisks({ pupil }: { pupil: PupilAtRisk }) {
  return (
    <>
      {pupil.risks.map((risk) => (
        <div key={risk.subject} class="risk">
          <p>
            <strong>{risk.subject}</strong>: {risk.reasons.join('; ')}
          </p>
          <p class="status" data-insyn-status={risk.view?.status ?? 'unknown'}>
            {statusText(risk.view)}
            {followUpText(risk.view) && <> · {followUpText(risk.view)}</>}
          </p>
        </div>
      ))}
    </>
  );
}

/** What the teacher said about the pupil that changes how to tell the guardians: shown wherever the pupil is. */
export function PupilMarks({ pupil, routine }: { pupil: PupilAtRisk; routine?: string }) {
  const language = interpreterOf(pupil);
  return (
    <>
      {isProtected([pupil]) && (
        <p class="warning" data-insyn-protected>
          {protectedRoutineText(routine)}
        </p>
      )}
      {language && (
        <p class="warning" data-insyn-interpreter>
          {t('pageInterpreter', { language })} {t('pageInterpreterNote', { language })}
        </p>
      )}
    </>
  );
}
