/**
 * InfoMentor's hosts: the only pages Insyn may touch. The README lists them; a test keeps the two in step.
 * https only: InfoMentor serves nothing over plain http but a redirect, and a page over http (a network
 * that rewrites it, a look-alike on a hostile Wi-Fi) is not InfoMentor's to trust with pupils' data.
 */
export const INFOMENTOR_MATCHES = ['https://*.infomentor.se/*', 'https://infomentor.se/*'];

/** An address on InfoMentor's hosts (the patterns above), over https. */
export function isInfoMentorUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'https:' && (hostname === 'infomentor.se' || hostname.endsWith('.infomentor.se'));
  } catch {
    return false;
  }
}
