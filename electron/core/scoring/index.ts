// The risk-scoring engine: pure functions over plain data (see docs/methodology.md).
export * from './types';
export * from './methodology';
export { scoreVendor, NOT_SCREENED, designationClass, answerRisk, tierFor, tierRank, maxTier, sumContributions } from './engine';
export * from './changes';
export * from './adapters';
