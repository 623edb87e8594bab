import { panelLayoutJourney } from './scenarios/panel-layout';

panelLayoutJourney('firefox');
