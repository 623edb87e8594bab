/** InfoMentor's hosts: the only pages Insyn may touch. The README lists them; a test keeps the two in step. */
export const INFOMENTOR_MATCHES = ['*://*.infomentor.se/*', '*://infomentor.se/*'];
