import { type Placeholders, shapeOf } from './placeholders';

/**
 * An address as a sample writes it. InfoMentor's hosts and the words of its routes stay
 * (`/Account/PupilSwitcher/SwitchPupil/`, `#/assessmentv2/summaryAssessment`, `?pupilId=`): they say
 * which page this is. Every part holding a digit, every query value and every other host is shaped and
 * numbered like any text, so ids stay distinct without being kept. Script and data addresses go.
 */

const PARTS = /([/?&=#;])/;
const SCHEME_AND_HOST = /^([a-z][a-z0-9+.-]*:)?(\/\/[^/?#]*)?/i;
/** A route word: letters, maybe joined by `_` or `-`, maybe a version (`assessmentv2`), maybe a file ending. */
const ROUTE_WORD = /^[a-z]+(?:[_-][a-z]+)*(?:v\d)?(?:\.[a-z]{2,5})?$/i;
const INFOMENTOR_HOST = /(?:^|\.)infomentor\.se$/i;
const DROPPED_SCHEMES = /^(?:javascript|data|vbscript|blob|file):/i;

export function anonymiseAddress(value: string, placeholders: Placeholders): string {
  const address = value.trim();
  if (DROPPED_SCHEMES.test(address)) return '';
  const [start = '', scheme = '', host = ''] = SCHEME_AND_HOST.exec(address) ?? [];
  if (scheme !== '' && host === '' && !/^https?:$/i.test(scheme)) return scheme + shapeOf(address.slice(scheme.length));
  const rest = address.slice(start.length);
  const parts = rest.split(PARTS);
  let out = scheme + anonymiseHost(host);
  let inValue = false;
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index] as string;
    if (index % 2 === 1) {
      out += part;
      // After `=` comes a value; `&`, `#`, `/` and `;` start a key or a path again.
      inValue = part === '=';
      continue;
    }
    out += part === '' || (!inValue && ROUTE_WORD.test(part)) ? part : placeholders.id(part);
  }
  return out;
}

function anonymiseHost(host: string): string {
  const name = host.replace(/^\/\//, '').replace(/^[^@]*@/, '');
  if (name === '') return host;
  return `//${INFOMENTOR_HOST.test(name.replace(/:\d+$/, '')) ? name : shapeOf(name)}`;
}
