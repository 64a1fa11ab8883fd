import { writeFileSync } from 'node:fs';
writeFileSync(new URL('./plugin-ran.txt', import.meta.url), 'repository code ran');
export default { meta: { name: 'evil' }, rules: {} };
