import { securityHotspot } from '../support/security-hotspot.js';
import { commandInjection } from './command-injection.js';

export const rule = securityHotspot(commandInjection, 'ruby/command-injection-hotspot');
