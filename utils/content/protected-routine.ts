import { t } from '@/utils/i18n';

/**
 * What the panel says instead of a draft for a pupil with protected personal data: the school's own routine
 * when its settings hold one (a school may set it for every teacher), else Insyn's general advice.
 */
export function protectedRoutineText(routine = ''): string {
  const own = routine.trim();
  return own ? t('pageProtectedSchoolRoutine', { routine: own }) : t('pageProtectedRoutine');
}
