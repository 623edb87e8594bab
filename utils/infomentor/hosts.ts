/** InfoMentor's hosts: the only pages Insyn may touch. The README lists them; a test keeps the two in step. */
export const INFOMENTOR_MATCHES = ['*://*.infomentor.se/*', '*://infomentor.se/*'];

/** An address on InfoMentor's hosts (the patterns above), over http or https. */
export function isInfoMentorUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const { protocol, hostname } = new URL(url);
    return (protocol === 'https:' || protocol === 'http:') && (hostname === 'infomentor.se' || hostname.endsWith('.infomentor.se'));
  } catch {
    return false;
  }
}
