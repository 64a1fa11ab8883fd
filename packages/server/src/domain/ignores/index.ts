export {
  addViolationIgnore,
  ignoresOfProjects,
  projectIgnores,
  removeViolationIgnore,
  type IgnoreIdentity,
} from './ignores.js';
export { ignoreOf, ignores, type IgnorableFinding, type ViolationIgnore } from './match.js';
