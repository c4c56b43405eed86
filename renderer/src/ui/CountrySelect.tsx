import type { ReactNode, SelectHTMLAttributes } from 'react';
import { COUNTRIES } from '../lib/countries';
import type { ControlProps } from './Field';

/** Country names for people, ISO codes for the data; '' means not set. `children`: options shown before them all. */
export function CountrySelect({
  value,
  onChange,
  children,
  ...control
}: ControlProps & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> & { value: string; onChange: (code: string) => void; children?: ReactNode }) {
  return (
    <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
      {children}
      <option value="">Not set</option>
      {COUNTRIES.map((c) => (
        <option key={c.code} value={c.code}>
          {c.name}
        </option>
      ))}
    </select>
  );
}
