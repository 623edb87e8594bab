import { t, type MessageKey } from '../i18n';
import type { ImportProblem, ProblemCode } from './parse';

const WORDS: Record<ProblemCode, MessageKey> = {
  tooLarge: 'import_err_tooLarge',
  notJson: 'import_err_notJson',
  forbiddenKey: 'import_err_forbiddenKey',
  tooDeep: 'import_err_tooDeep',
  notInsyn: 'import_err_notInsyn',
  wrongVersion: 'import_err_wrongVersion',
  notDate: 'import_err_notDate',
  notIsoDate: 'import_err_notIsoDate',
  tooLong: 'import_err_tooLong',
  tooMany: 'import_err_tooMany',
  empty: 'import_err_empty',
  wrongType: 'import_err_wrongType',
  missing: 'import_err_missing',
  badValue: 'import_err_badValue',
  unknownKey: 'import_err_unknownKey',
  duplicateId: 'import_err_duplicateId',
};

/** One problem in the teacher's words: "Rad contacts[12].at: inte ett datum". */
export function describeProblem(problem: ImportProblem): string {
  const what = t(WORDS[problem.code], { version: problem.version ?? '' });
  return problem.path ? t('import_problemAt', { path: problem.path, problem: what }) : what;
}
