import { owedJourney } from './scenarios/owed';

owedJourney('firefox');
