import { securityHotspot } from '../support/security-hotspot.js';
import { evalRule } from './eval.js';

export const rule = securityHotspot(evalRule, 'php/eval-hotspot');
