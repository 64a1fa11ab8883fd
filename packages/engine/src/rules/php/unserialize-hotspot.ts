import { securityHotspot } from '../support/security-hotspot.js';
import { unserializeRule } from './unserialize.js';

export const rule = securityHotspot(unserializeRule, 'php/unserialize-hotspot');
