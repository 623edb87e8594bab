import { contactFlow } from './scenarios/contact-flow';

contactFlow('firefox');
