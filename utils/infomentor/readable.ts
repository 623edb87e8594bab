import { CHOICE } from './cells';
import { BLOCK_GROUPS } from './pages/subject-blocks';
import { ARIA_GRIDS } from './table';

/**
 * What any of Insyn's readers could read, as one CSS selector: `<table>`s and ARIA grids (the page
 * kinds and the teacher's recipes), definition-list cards, and groups of level choices (one pupil's
 * subject blocks). A page without any of these has nothing for Insyn: the background then starts
 * only a watcher there, not the reader and the panel (utils/background/inject-content.ts, issue 20).
 * Built from the readers' own selectors, so a new kind of markup read is a new kind looked for.
 * Coarse on purpose: a layout table (IM1's login) or a calendar drawn as a table counts as readable,
 * since telling those apart needs the reader's vocabulary.
 */
export const READABLE_SELECTOR = ['table', ARIA_GRIDS, 'dl', `:is(${BLOCK_GROUPS}) :is(select, ${CHOICE})`].join(', ');
