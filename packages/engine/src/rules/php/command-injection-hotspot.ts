import { securityHotspot } from '../support/security-hotspot.js';
import { commandInjection } from './command-injection.js';

export const rule = securityHotspot(commandInjection, 'php/command-injection-hotspot');
