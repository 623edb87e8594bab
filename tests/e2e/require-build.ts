import { CHROME_BUILD, FIREFOX_BUILD, requireBuild } from '../tools/build-output';

/** Stops the run before any browser starts when `npm run build` has not been run. */
export default function setup(): void {
  requireBuild(CHROME_BUILD);
  requireBuild(FIREFOX_BUILD);
}
