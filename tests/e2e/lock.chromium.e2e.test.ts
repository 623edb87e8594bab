import { lockJourney } from './scenarios/lock';

lockJourney('chromium');
