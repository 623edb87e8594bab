import { hostilePage } from './scenarios/hostile-page';

/** The hostile-page scenario (scenarios/hostile-page.ts) in Chromium with the production build. */
hostilePage('chromium');
