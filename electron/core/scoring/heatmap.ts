// The portfolio heat map's bands: exposure (across) against inherent risk (up), each cut into five bands of 20
// points. The dashboard and the portfolio report place vendors with the same bands.

export const HEAT_BANDS = 5;
const BAND_WIDTH = 100 / HEAT_BANDS;

/** The band (0 = lowest) a 0..100 value falls in; inherent risk can exceed 100 and counts in the top band. */
export function heatBand(value: number): number {
  return Math.min(HEAT_BANDS - 1, Math.max(0, Math.floor(value / BAND_WIDTH)));
}

/** "40–60": the range a band covers. */
export function bandRange(band: number): string {
  return `${band * BAND_WIDTH}–${(band + 1) * BAND_WIDTH}`;
}

/** Risk zones, lowest first: the colour of a heat-map cell. */
export const HEAT_ZONES = ['low', 'medium', 'high', 'severe'] as const;
export type HeatZone = (typeof HEAT_ZONES)[number];

/**
 * The zone of a cell, from likelihood (the inherent-risk band, 1 to 5) times impact (the exposure band, 1 to 5), as
 * a 5 × 5 risk matrix reads: 1–4 low, 5–9 medium, 10–16 high, 20–25 severe. A cell is coloured by where it sits,
 * not by how many vendors it holds (that is the number in it): one vendor in the top corner is the one to look at.
 */
export function heatZone(exposureBand: number, inherentBand: number): HeatZone {
  const product = (exposureBand + 1) * (inherentBand + 1);
  return product <= 4 ? 'low' : product <= 9 ? 'medium' : product <= 16 ? 'high' : 'severe';
}
