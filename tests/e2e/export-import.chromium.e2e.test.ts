import { exportImportJourney } from './scenarios/export-import';

exportImportJourney('chromium');
