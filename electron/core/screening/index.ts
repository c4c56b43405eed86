// The matcher's public API: build an index from list names, screen vendors against it.
export { ScreeningIndex, type IndexedName } from './candidate-index';
export type { AlignmentRow, Explanation, VendorNameVia } from './explain';
export { screen, type Hit, type VendorName, type VendorNames } from './matcher';
export { normaliseName, type NormalisedName } from './normalise';
export type { ScoreParts } from './scorer';
export { DEFAULT_THRESHOLDS, checkThresholds, thresholdsFor, type BandThresholds, type Thresholds } from './thresholds';
