import { checklistJourney } from './scenarios/checklist';

checklistJourney('firefox');
