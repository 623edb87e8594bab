import { lockJourney } from './scenarios/lock';

lockJourney('firefox');
