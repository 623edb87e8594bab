import { privacyPolicyJourney } from './scenarios/privacy-policy';

privacyPolicyJourney('chromium');
