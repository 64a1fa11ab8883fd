import { securityHotspot } from '../support/security-hotspot.js';
import { extractRule } from './extract.js';

export const rule = securityHotspot(extractRule, 'php/extract-hotspot');
