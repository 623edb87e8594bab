import { describe, expect, it } from 'vitest';
import type { Observation, ReadPupil } from '@/utils/infomentor/reading';
import { DEFAULT_RISK_RULES, type RiskRules } from '@/utils/domain/risk-rules';
import { judge } from '@/utils/risk/judge';
import { RiskRulesSchema } from '@/utils/risk/rules';

const alva: ReadPupil = { name: 'Berg, Alva', id: '7' };
const emma1: ReadPupil = { name: 'Nilsson, Emma', id: '1' };
const emma2: ReadPupil = { name: 'Nilsson, Emma', id: '2' };
const observe = (extra: Partial<Observation>): Observation => ({ pupil: alva, subject: 'Matematik', term: 'Ht 2025', ...extra });
const only = (rule: keyof RiskRules): RiskRules => ({
  levelNotReached: false,
  gradeF: false,
  gradeDash: false,
  commentPhrases: false,
  fInFinishedSubject: false,
  [rule]: true,
});
const insufficient = { level: 'insufficient', curriculum: 'Lgr22' } as const;

describe('default rules', () => {
  it('are the settings defaults: every rule is on (an F in a subject that ends feeds the skriftlig bedömning task)', () => {
    expect(RiskRulesSchema.parse({})).toEqual(DEFAULT_RISK_RULES);
    expect(Object.values(DEFAULT_RISK_RULES).every(Boolean)).toBe(true);
  });
});

describe('levelNotReached', () => {
  it('flags insufficient knowledge, in Lgr22 and Lgr11 words', () => {
    expect(judge([observe({ level: insufficient })], only('levelNotReached'))).toEqual([
      {
        pupil: 'Berg, Alva',
        pupilId: '7',
        subject: 'Matematik',
        term: 'Ht 2025',
        source: 'assessment',
        reasons: ['Ämnesomdöme: otillräckliga kunskaper'],
      },
    ]);
    expect(judge([observe({ level: { level: 'insufficient', curriculum: 'Lgr11' } })], only('levelNotReached'))[0]?.reasons).toEqual([
      'Matris (Lgr11): godtagbara kunskaper ej nådda',
    ]);
  });

  it('leaves acceptable levels, unassessed pupils and a switched-off rule alone', () => {
    expect(judge([observe({ level: { level: 'acceptable', curriculum: 'Lgr22' } }), observe({})], DEFAULT_RISK_RULES)).toEqual([]);
    expect(judge([observe({ level: insufficient })], only('gradeF'))).toEqual([]);
  });
});

describe('grades', () => {
  it('flags F and a dash under their own rules', () => {
    expect(judge([observe({ grade: 'F' })], only('gradeF'))[0]).toMatchObject({ source: 'grade', reasons: ['Betyg: F'] });
    expect(judge([observe({ grade: '–' })], only('gradeDash'))[0]).toMatchObject({
      source: 'grade',
      reasons: ['Betyg: – (underlag saknas på grund av frånvaro)'],
    });
    expect(judge([observe({ grade: '–' })], only('gradeF'))).toEqual([]);
    expect(judge([observe({ grade: 'E' })], DEFAULT_RISK_RULES)).toEqual([]);
  });

  it('marks an F in a finished subject only when that rule is on', () => {
    const finishedF = observe({ grade: 'F', finished: true });
    expect(judge([finishedF], { ...DEFAULT_RISK_RULES, gradeF: false, fInFinishedSubject: false })).toEqual([]);
    expect(judge([finishedF], only('fInFinishedSubject'))[0]?.reasons).toEqual(['Betyg: F i ett ämne som avslutas']);
    expect(judge([observe({ grade: 'F' })], only('fInFinishedSubject'))).toEqual([]);
  });
});

describe('commentPhrases', () => {
  it('quotes the sentence that says so', () => {
    const [risk] = judge(
      [observe({ comment: 'Bra början. Riskerar att inte nå godtagbara kunskaper i geometri.' })],
      only('commentPhrases'),
    );
    expect(risk).toMatchObject({ source: 'comment', reasons: ['Kommentar: riskerar att inte nå godtagbara kunskaper i geometri'] });
    expect(judge([observe({ comment: 'Ingen risk för F.' })], DEFAULT_RISK_RULES)).toEqual([]);
    expect(judge([observe({ comment: 'F-varning skickad.' })], only('levelNotReached'))).toEqual([]);
  });
});

describe('one risk per pupil and subject', () => {
  it('gathers every reason, the first source leading', () => {
    const risks = judge(
      [observe({ level: insufficient, comment: 'F-varning skickad.' }), observe({ grade: 'F' }), observe({ grade: 'F' })],
      DEFAULT_RISK_RULES,
    );
    expect(risks).toHaveLength(1);
    expect(risks[0]).toMatchObject({
      source: 'assessment',
      reasons: ['Ämnesomdöme: otillräckliga kunskaper', 'Kommentar: f-varning skickad', 'Betyg: F'],
    });
  });

  it('keeps subjects and pupils with one name but two ids apart', () => {
    const risks = judge(
      [
        observe({ pupil: emma1, grade: 'F' }),
        observe({ pupil: emma2, grade: 'F' }),
        observe({ pupil: emma1, subject: 'Svenska', grade: 'F' }),
      ],
      DEFAULT_RISK_RULES,
    );
    expect(risks.map((r) => [r.pupilId, r.subject])).toEqual([
      ['1', 'Matematik'],
      ['2', 'Matematik'],
      ['1', 'Svenska'],
    ]);
  });

  it('omits a term the page does not show', () => {
    const [risk] = judge([{ pupil: { name: 'Ek, Ola' }, subject: 'Bild', grade: 'F' }], DEFAULT_RISK_RULES);
    expect(risk).toEqual({ pupil: 'Ek, Ola', subject: 'Bild', source: 'grade', reasons: ['Betyg: F'] });
  });
});
