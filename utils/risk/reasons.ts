import type { LevelReading } from '../infomentor/vocabulary';

/** Why Insyn thinks a pupil is at risk, in words for the teacher (Swedish: the wording of the school). */
export const REASONS = {
  level: (level: LevelReading) => (level.curriculum === 'Lgr11' ? 'Kunskapskrav: ej uppnått' : 'Ämnesomdöme: otillräckliga kunskaper'),
  gradeF: 'Betyg: F',
  gradeDash: 'Betyg: – (underlag saknas)',
  fInFinishedSubject: 'Betyg: F i avslutat ämne – skriftligt omdöme krävs',
  comment: (excerpt: string) => `Kommentar: ${excerpt}`,
} as const;
