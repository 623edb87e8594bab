import { hostilePage } from './scenarios/hostile-page';

/** The hostile-page scenario (scenarios/hostile-page.ts) in Firefox ESR with the production build. */
hostilePage('firefox');
