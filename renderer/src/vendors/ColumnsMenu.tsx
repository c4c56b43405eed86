import { Icon } from '../ui/Icon';
import { MenuButton } from '../ui/MenuButton';
import { COLUMN_CHOICES } from './VendorTable';
import { ALL_COLUMNS, useListView } from './listView';

/** Which columns the vendor table shows: ticks, in the table's order; the legal name always stays. */
export function ColumnsMenu() {
  const { view, updateView } = useListView();
  const shown = new Set(view.columns);
  const toggle = (key: (typeof ALL_COLUMNS)[number]) => {
    const next = shown.has(key) ? [...shown].filter((k) => k !== key) : [...shown, key];
    // Kept in the table's own order, whichever was ticked last.
    updateView({ columns: ALL_COLUMNS.filter((k) => next.includes(k)) });
  };
  const hidden = ALL_COLUMNS.length - shown.size;
  return (
    <MenuButton
      label={hidden > 0 ? `Columns (${hidden} hidden)` : 'Columns'}
      icon={<Icon name="columns" />}
      title="Choose the columns the table shows"
      items={[
        ...COLUMN_CHOICES.map(({ key, label }) => ({
          label,
          checked: shown.has(key),
          disabledReason: key === 'legalName' ? 'The legal name is always shown' : undefined,
          onSelect: () => toggle(key),
        })),
        ...(hidden > 0 ? [{ label: 'Show every column', onSelect: () => updateView({ columns: ALL_COLUMNS }) }] : []),
      ]}
    />
  );
}
