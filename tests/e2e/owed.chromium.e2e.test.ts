import { owedJourney } from './scenarios/owed';

owedJourney('chromium');
