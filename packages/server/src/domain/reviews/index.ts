export { annotationsOnChangedLines, type Annotation, type ChangedLines } from './annotations.js';
export { requestCodeReview, type CodeReviewRequest } from './request.js';
export {
  codeReviewAuthors,
  countCodeReviews,
  findCodeReview,
  listCodeReviews,
  reviewReference,
  type CodeReviewFilter,
  type CodeReviewOrder,
  type CodeReviewRow,
} from './reviews.js';
