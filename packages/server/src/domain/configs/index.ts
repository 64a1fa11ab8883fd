export {
  configurationFor,
  createConfig,
  findConfig,
  findConfigsByIds,
  listConfigs,
  type ConfigOwner,
  type NamedConfig,
} from './configs.js';
export { layerConfigYaml, requireYaml } from './merge.js';
