// The contract's check of a vendor's identifiers: every problem on the path of its row, in plain words.
import { describe, expect, it } from 'vitest';
import { newVendorInput, vendorInput, type VendorInput } from '../../electron/core/contract';

const VALID_LEI = '5493001KJTIIGC8Y1R12';

/** Field-level issues as the core reports them: path -> message. */
function issues(identifiers: VendorInput['identifiers']): Record<string, string> {
  const result = vendorInput.safeParse({ ...newVendorInput('Acme Cloud Ltd'), identifiers });
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('vendorInput identifiers', () => {
  it('starts empty and accepts valid identifiers of every scheme, kept as written', () => {
    expect(newVendorInput().identifiers).toEqual([]);
    const ids: VendorInput['identifiers'] = [
      { scheme: 'LEI', value: VALID_LEI },
      { scheme: 'USCC', value: '91330100MA2AAAAAAA' },
      { scheme: 'DUNS', value: '12-345-6789' },
      { scheme: 'REG', value: 'HRB 12345' },
      { scheme: 'TAX', value: 'DE 123 456 789' },
    ];
    const parsed = vendorInput.parse({ ...newVendorInput('Acme'), identifiers: ids });
    expect(parsed.identifiers).toEqual(ids);
    expect(vendorInput.parse({ ...newVendorInput('Acme'), identifiers: [{ scheme: 'LEI', value: `  ${VALID_LEI} ` }] }).identifiers).toEqual([
      { scheme: 'LEI', value: VALID_LEI },
    ]);
  });

  it('takes a vendor sent without identifiers (a caller from before they existed) as having none', () => {
    const { identifiers: _none, ...older } = newVendorInput('Acme');
    expect(vendorInput.parse(older).identifiers).toEqual([]);
  });

  it('puts each problem on its row, identifiers.N, with a plain message', () => {
    expect(
      issues([
        { scheme: 'LEI', value: VALID_LEI },
        { scheme: 'LEI', value: '5493001KJTIIGC8Y1R13' },
        { scheme: 'DUNS', value: '1234' },
        { scheme: 'USCC', value: '91330100MA2AAAAAAB' },
      ]),
    ).toEqual({
      'identifiers.1': 'This LEI fails its check digits (ISO 17442): check for a mistyped character',
      'identifiers.2': 'A DUNS number has 9 digits',
      'identifiers.3': 'This unified social credit code fails its check character (GB 32100-2015): check for a mistyped character',
    });
  });

  it('refuses the same identifier twice, however it is spaced or cased, naming the first row', () => {
    expect(
      issues([
        { scheme: 'REG', value: 'HRB 12345' },
        { scheme: 'LEI', value: VALID_LEI },
        { scheme: 'REG', value: 'hrb-12345' },
      ]),
    ).toEqual({ 'identifiers.2': 'The same registration number as row 1' });
    // The same value under another scheme is another identifier.
    expect(issues([{ scheme: 'REG', value: '123456789' }, { scheme: 'DUNS', value: '123456789' }])).toEqual({});
  });

  it('refuses an empty value, an unknown scheme and more than 20 identifiers', () => {
    expect(issues([{ scheme: 'LEI', value: '  ' }])).toEqual({ 'identifiers.0.value': 'An identifier cannot be empty' });
    expect(Object.keys(issues([{ scheme: 'ISIN' as never, value: 'US0000000000' }]))).toEqual(['identifiers.0.scheme']);
    expect(Object.keys(issues([{ scheme: 'LEI', value: 5 as never }]))).toEqual(['identifiers.0.value']);
    const many = Array.from({ length: 21 }, (_, i) => ({ scheme: 'REG' as const, value: `${10000 + i}` }));
    expect(issues(many)).toEqual({ identifiers: 'At most 20 identifiers' });
    expect(issues(many.slice(0, 20))).toEqual({});
  });

  it('checks identifiers even when another field is wrong, so the form shows every problem at once', () => {
    const result = vendorInput.safeParse({ ...newVendorInput(''), identifiers: [{ scheme: 'DUNS', value: 'x' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['legalName', 'identifiers.0']);
  });
});
