import { getLanguage, type Lang } from './index';

/**
 * How names read inside a sentence: Swedish writes school subjects in lower case ("i matematik",
 * "svenska som andraspråk") while InfoMentor's headings capitalise them; abbreviations stay ("SO", "NO").
 * English capitalises languages ("English"), so its subjects are left as the page writes them.
 */
export function subjectInSentence(subject: string, lang: Lang = getLanguage()): string {
  if (lang !== 'sv') return subject;
  return subject.replace(/\p{L}+/gu, (word) => (word.length > 1 && word === word.toUpperCase() ? word : word.toLowerCase()));
}

/** "Selma Holms", "Jonas" (a Swedish name ending in s, x or z takes no s); "Selma Holm's", "James'". */
export function genitive(name: string, lang: Lang = getLanguage()): string {
  if (lang === 'sv') return /[sxz]$/i.test(name) ? name : `${name}s`;
  return /s$/i.test(name) ? `${name}’` : `${name}’s`;
}
