import { LIKENESS_WORDS, type ScreeningHit } from '../../../electron/core/contract';
import { formatScore } from './screening';

type Explanation = ScreeningHit['explanation'];
type AlignmentRow = Explanation['alignment'][number];

/** The score parts the matcher reports, in words; parts without a label here are shown with their own name. */
const PART_LABELS: Record<string, string> = {
  tokenScore: 'Weighted word score',
  listCoverage: 'Share of the list name matched',
  vendorCoverage: 'Share of the vendor name matched',
  coverage: 'The lower of the two shares',
  distinctiveMatch: 'A distinctive word matched',
  countryEvidence: 'Country comparison',
  countryAdjustment: 'Country adjustment',
  rule: 'Special rule applied',
  score: 'Final score',
};

const SHARES = new Set(['listCoverage', 'vendorCoverage', 'coverage']);

/** The words for the matcher's text values; a value without words here is shown as it comes. */
const VALUE_WORDS: Record<string, Record<string, string>> = {
  countryEvidence: {
    supports: 'Same country: raises the score',
    opposes: 'Different countries: lowers the score',
    none: 'Not compared',
  },
  rule: {
    'generic-only': 'Only generic words matched: held at “needs review”',
    'one-short-word': 'Only one short word in common, spelt differently: held at “needs review” because the country or legal form agrees',
    'word-ending': 'Only one word in common, one name adding a letter at its end: held at “needs review”',
    'one-word': 'Only one acronym or ordinary word in common: held at “needs review” unless the country agrees',
    'not-a-company': 'A person, vessel or aircraft on the list, in another or no country: held at “needs review”',
    'trade-words': 'Matched as the vendor’s brand without its trade words: held at “needs review”',
    'brand-in-name': 'The vendor’s brand, a coined word, begins a longer listed name, as a related company’s name may: held at “needs review”',
    'weak-alias': 'A weak alias of the list, matched word for word: held at “needs review”',
    contains: 'The vendor name holds the whole listed name and a little more, as a subsidiary’s may: held at “needs review”',
    pinyin: 'Read from a Chinese name written in pinyin, which other Chinese names may sound like: held at “needs review”',
  },
};

/** How the two words are alike; hits found before matchers said so (2026.12-27) tell only whether they are equal. */
function likenessText(row: AlignmentRow): string {
  if (row.vendorToken === null || row.listToken === null) return '';
  if (row.likeness) return LIKENESS_WORDS[row.likeness];
  return row.similarity === 1 ? LIKENESS_WORDS.exact : '';
}

function partLabel(key: string): string {
  const label = PART_LABELS[key];
  if (label) return label;
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function partValue(key: string, value: unknown): string {
  if (typeof value === 'number') {
    if (SHARES.has(key)) return `${Math.round(value * 100)}%`;
    return key === 'countryAdjustment' && value > 0 ? `+${formatScore(value)}` : formatScore(value);
  }
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string') return VALUE_WORDS[key]?.[value] ?? value;
  return value === null || value === undefined ? 'None' : JSON.stringify(value);
}

/** How the two names lined up word by word, and the parts of the score, for an analyst checking a hit. */
export function HitComparison({ explanation }: { explanation: Explanation }) {
  const { alignment, parts, thresholds } = explanation;
  return (
    <div className="hit-comparison">
      <table className="data-table alignment-table">
        <caption className="visually-hidden">Word-by-word comparison</caption>
        <thead>
          <tr>
            <th scope="col">Vendor word</th>
            <th scope="col">List word</th>
            <th scope="col">How alike</th>
            <th scope="col" className="numeric" title="1.00 is the same word; less is a near spelling, another romanisation or an abbreviation (How alike says which); 0 is no counterpart">
              Similarity
            </th>
            <th scope="col" className="numeric" title="How much the word counts: rare words weigh more than common ones">
              Weight
            </th>
          </tr>
        </thead>
        <tbody>
          {alignment.map((row, i) => (
            <tr key={i} className={row.vendorToken === null || row.listToken === null ? 'is-unmatched' : undefined}>
              <td>{row.vendorToken ?? <span className="muted">no counterpart</span>}</td>
              <td>{row.listToken ?? <span className="muted">no counterpart</span>}</td>
              <td>{likenessText(row)}</td>
              <td className="numeric">{formatScore(row.similarity)}</td>
              <td className="numeric">{formatScore(row.weight)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="score-parts">
        {Object.entries(parts).map(([key, value]) => (
          <div key={key} className="score-part">
            <dt>{partLabel(key)}</dt>
            <dd>{partValue(key, value)}</dd>
          </div>
        ))}
      </dl>
      <p className="field-hint">
        A score of {formatScore(thresholds.match)} or more counts as a match; from {formatScore(thresholds.review)} it is a
        possible match for an analyst to review; below that nothing is reported.
      </p>
    </div>
  );
}
