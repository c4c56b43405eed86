// Vetter's matcher as the app runs it: ScreeningIndex.build over every list name, screen() with the default
// thresholds. A vendor is screened by its legal name alone and without a country (no country evidence).
import { type IndexedName, ScreeningIndex } from '../../electron/core/screening/candidate-index';
import { screen } from '../../electron/core/screening/matcher';
import { DEFAULT_THRESHOLDS } from '../../electron/core/screening/thresholds';
import type { Contender, ContenderHit } from './contender';

export class VetterContender implements Contender {
  readonly id = 'vetter' as const;
  readonly description = [
    'ScreeningIndex.build + screen() (electron/core/screening), DEFAULT_THRESHOLDS',
    `entities: match >= ${DEFAULT_THRESHOLDS.default.match}, review >= ${DEFAULT_THRESHOLDS.default.review} (OFAC SDN, UK, UN: review >= ${DEFAULT_THRESHOLDS.lists['ofac-sdn']?.review ?? '?'}); people, vessels, aircraft: match >= ${DEFAULT_THRESHOLDS.nonEntity.match}, review >= ${DEFAULT_THRESHOLDS.nonEntity.review}`,
    'vendor = legal name only, no country',
  ];
  private index: ScreeningIndex | null = null;

  build(names: readonly IndexedName[]): void {
    this.index = ScreeningIndex.build(names);
  }

  screen(vendorName: string): ContenderHit[] {
    if (!this.index) throw new Error('build() first');
    return screen(this.index, { names: [{ name: vendorName, via: 'name' }], countries: [] }).map((h) => ({
      entryKey: h.entryKey,
      band: h.band,
      score: h.score,
      listName: h.listName,
    }));
  }
}
