import { principalJourney } from './scenarios/principal';

principalJourney('firefox');
