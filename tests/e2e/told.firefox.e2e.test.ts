import { toldFlow } from './scenarios/told';

toldFlow('firefox');
