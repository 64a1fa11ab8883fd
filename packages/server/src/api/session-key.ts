import type { SealedBox } from '../crypto/sealed-box.js';

/** What the session tokens' signing key is derived for: CodeStax's login and the dashboard's cookie share it. */
const SESSION_KEY_PURPOSE = 'codestax-session-jwt';

/** The key session tokens (HS256 JWTs) are signed and checked with, derived from the server's secret key. */
export const sessionKeyOf = (secrets: SealedBox): Buffer => secrets.derivedKey(SESSION_KEY_PURPOSE);
