import type { LevelReading } from '../infomentor/vocabulary';

/** Why Insyn thinks a pupil is at risk, in words for the teacher (Swedish: the wording of the school). */
export const REASONS = {
  level: (level: LevelReading) =>
    level.curriculum === 'Lgr11' ? 'Matris (Lgr11): godtagbara kunskaper ej nådda' : 'Ämnesomdöme: otillräckliga kunskaper',
  gradeF: 'Betyg: F',
  gradeDash: 'Betyg: – (underlag saknas på grund av frånvaro)',
  fInFinishedSubject: 'Betyg: F i ett ämne som avslutas',
  comment: (excerpt: string) => `Kommentar: ${excerpt}`,
} as const;
