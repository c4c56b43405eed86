import { COUNTRIES } from '../lib/countries';
import type { ControlProps } from './Field';

/** Country names for people, ISO codes for the data; '' means not set. */
export function CountrySelect({
  value,
  onChange,
  ...control
}: ControlProps & { value: string; onChange: (code: string) => void }) {
  return (
    <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">Not set</option>
      {COUNTRIES.map((c) => (
        <option key={c.code} value={c.code}>
          {c.name}
        </option>
      ))}
    </select>
  );
}
