import { useEffect, useRef, useState } from 'preact/hooks';
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

/** How many pupils the list and the prompt draw before the teacher asks for all: a class. */
export const FIRST_PUPILS = 30;

/** This page's at-risk pupils, each with the page's reasons and where guardian contact stands. */
export function RiskList({ pupils, canAct, focus, onWrite, onLog, onLogSeveral, onDismiss, routine }: RiskListProps) {
  const headings = useRef(new Map<string, HTMLElement>());
  const [all, setAll] = useState(false);
  // A class's worth at first: on a 1,000-row page every pupil drawn cost more than reading the page (issue 20).
  // The pupil a badge asks for is always drawn.
  const focused = focus ? pupils.findIndex((pupil) => pupil.key === focus.pupilKey) : -1;
  const shown = all ? pupils : pupils.slice(0, Math.max(FIRST_PUPILS, focused + 1));
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
        {shown.map((pupil) => (
          <RiskItem
            key={pupil.key}
            pupil={pupil}
            canAct={canAct}
            focused={focus?.pupilKey === pupil.key}
            headings={headings.current}
            onWrite={onWrite}
            onLog={onLog}
            onDismiss={onDismiss}
            routine={routine}
          />
        ))}
      </ul>
      {shown.length < pupils.length && (
        <button type="button" class="quiet" onClick={() => setAll(true)}>
          {t('pageRiskListAll', { count: pupils.length })}
        </button>
      )}
    </>
  );
}

interface RiskItemProps extends Pick<RiskListProps, 'canAct' | 'onWrite' | 'onLog' | 'onDismiss' | 'routine'> {
  pupil: PupilAtRisk;
  focused: boolean;
  /** Each pupil's heading, for moving focus to the pupil a badge asks for. */
  headings: Map<string, HTMLElement>;
}

/** One pupil of the list: the page's reasons per subject, where contact stands, and what the teacher can do. */
function RiskItem({ pupil, canAct, focused, headings, onWrite, onLog, onDismiss, routine }: RiskItemProps) {
  return (
    <li data-insyn-pupil={pupil.pupil} class={focused ? 'focused' : undefined}>
      <h3
        tabIndex={-1}
        ref={(element) => {
          if (element) headings.set(pupil.key, element);
          else headings.delete(pupil.key);
        }}
      >
        {pupil.pupil}
      </h3>
      <PupilMarks pupil={pupil} routine={routine} />
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
