import { exportImportJourney } from './scenarios/export-import';

exportImportJourney('firefox');
