import { toldFlow } from './scenarios/told';

toldFlow('chromium');
