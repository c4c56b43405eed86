import { bridge, call } from '../api';
import { hostErrorMessage } from '../api-error';
import { Icon } from '../ui/Icon';
import { MenuButton } from '../ui/MenuButton';
import { useToast } from '../ui/Toasts';

type Format = 'csv' | 'xlsx';

/** Exports every vendor (not only the filtered ones: an export is a full inventory for the file). */
export function ExportMenu({ disabled }: { disabled: boolean }) {
  const toast = useToast();

  const exportAs = async (format: Format) => {
    try {
      const file = await call('vendors.export', { format });
      const { saved } = await bridge().saveFile(file);
      if (saved) toast({ tone: 'success', message: `Exported vendors to ${file.fileName}` });
    } catch (error) {
      toast({ tone: 'error', message: hostErrorMessage(error) });
    }
  };

  return (
    <MenuButton
      label="Export"
      icon={<Icon name="download" />}
      disabled={disabled}
      title={disabled ? 'Add vendors first: there is nothing to export yet' : 'Export all vendors to a file'}
      items={[
        { label: 'CSV file', hint: '.csv', onSelect: () => void exportAs('csv') },
        { label: 'Excel workbook', hint: '.xlsx', onSelect: () => void exportAs('xlsx') },
      ]}
    />
  );
}
