export { findCompare, requestCompare, type Compare, type CompareRequest } from './compares.js';
