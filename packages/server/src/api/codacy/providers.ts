import type { Provider } from '../../domain/projects/index.js';

/** Codacy's Git providers: cloud and enterprise flavours of GitHub, GitLab and Bitbucket. */
export const CODACY_PROVIDERS = ['gh', 'ghe', 'gl', 'gle', 'bb', 'bbe'] as const;
export type CodacyProvider = (typeof CODACY_PROVIDERS)[number];

/** The Plumb provider whose repositories a Codacy provider path lists; plain-git projects have no Codacy provider. */
export const PLUMB_PROVIDER: Record<CodacyProvider, Provider> = {
  gh: 'g',
  ghe: 'g',
  gl: 'gl',
  gle: 'gl',
  bb: 'b',
  bbe: 'b',
};
