export { formatJson } from './json.js';
export { formatText } from './text.js';
