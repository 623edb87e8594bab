import { managedSettingsJourney } from './scenarios/managed-settings';

managedSettingsJourney('chromium');
