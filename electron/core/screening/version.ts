// Which matcher found a hit. Every stored hit, the CLI's JSON and the reports carry it, so a hit can be read
// against the matching that produced it after the matcher changes.

/**
 * Year, month and a counter within the month. Bump it with every change that can change a hit's score, band or
 * explanation: normalisation, word lists, weights, thresholds, rules, the explanation's wording, list links.
 */
export const MATCHER_VERSION = '2026.12-34';
