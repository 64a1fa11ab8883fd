export {
  addRecipeComment,
  commentStats,
  deleteRecipeComment,
  listRecipeComments,
  type RecipeComment,
} from './comments.js';
export {
  countCookbooks,
  createCookbook,
  deleteCookbook,
  listCookbooks,
  updateCookbook,
  type CookbookQuery,
} from './cookbooks.js';
export {
  addDependencyConstraint,
  constraintsOf,
  removeDependencyConstraint,
  type DependencyConstraint,
} from './dependencies.js';
export { publicProfiles, type PublicProfile } from './authors.js';
export { presentableFormat, vscodeFormat } from './formats.js';
export {
  createRecipe,
  deleteRecipe,
  moveRecipeToCookbook,
  recordRecipeUse,
  updateRecipe,
  type RecipeInput,
} from './recipes.js';
export { countRecipes, lastShortcutChange, searchRecipes, type RecipeOrder, type RecipeQuery } from './search.js';
export { cookbooksByIds, findCookbook, findRecipe, recipesByIds, type Cookbook, type Recipe } from './visibility.js';
