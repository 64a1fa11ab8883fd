import type { SecretDetector } from '../types.js';
import { AWS_DETECTORS } from './aws.js';
import { AZURE_DETECTORS } from './azure.js';
import { GCP_DETECTORS } from './gcp.js';
import { GENERIC_SECRET_DETECTOR } from './generic.js';
import { JWT_DETECTOR } from './jwt.js';
import { PRIVATE_KEY_DETECTOR } from './private-key.js';
import { SERVICE_TOKEN_DETECTORS } from './service-tokens.js';

/** Most specific first: where two detectors claim the same characters, the earlier one's finding is kept. */
export const SECRET_DETECTORS: readonly SecretDetector[] = [
  GCP_DETECTORS[1]!,
  PRIVATE_KEY_DETECTOR,
  ...SERVICE_TOKEN_DETECTORS,
  ...AWS_DETECTORS,
  ...AZURE_DETECTORS,
  GCP_DETECTORS[0]!,
  JWT_DETECTOR,
  GENERIC_SECRET_DETECTOR,
];
