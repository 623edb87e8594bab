import { checklistJourney } from './scenarios/checklist';

checklistJourney('chromium');
