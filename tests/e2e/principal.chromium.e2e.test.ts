import { principalJourney } from './scenarios/principal';

principalJourney('chromium');
