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
