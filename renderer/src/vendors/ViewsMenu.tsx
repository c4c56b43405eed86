import { useState } from 'react';
import type { SavedView } from '../../../electron/core/contract';
import { useQuery } from '../lib/queries';
import { read } from '../lib/reads';
import { Icon } from '../ui/Icon';
import { MenuButton } from '../ui/MenuButton';
import { showsView, useListView } from './listView';
import { ManageViewsDialog } from './ManageViewsDialog';
import { SaveViewDialog } from './SaveViewDialog';

/**
 * Saved views of the vendor list: a search, filters, order and columns under a name, the user's own. The menu opens
 * one, saves the list as it is, or manages them; its label names the view shown, marked once the list moves on.
 */
export function ViewsMenu() {
  const { view, openView, current } = useListView();
  const views = useQuery(read('views.list', {})).data?.views ?? [];
  const [dialog, setDialog] = useState<'save' | 'manage' | null>(null);
  const shown = views.find((v) => v.id === view.viewId);
  const changed = shown !== undefined && !showsView(current, shown);
  const label = shown ? `${shown.name}${changed ? ' (changed)' : ''}` : 'Views';

  return (
    <>
      <MenuButton
        label={label}
        icon={<Icon name="bookmark" />}
        title={shown ? `The list shows your view “${shown.name}”${changed ? ', changed since' : ''}` : 'Open, save or manage your saved views of this list'}
        items={[
          ...views.map((v: SavedView) => ({ label: v.name, hint: v.isDefault ? 'at start' : undefined, onSelect: () => openView(v) })),
          { label: shown && changed ? `Save changes to “${shown.name}”…` : 'Save this view…', onSelect: () => setDialog('save') },
          ...(views.length > 0 ? [{ label: 'Manage views…', onSelect: () => setDialog('manage') }] : []),
        ]}
      />
      {dialog === 'save' && <SaveViewDialog views={views} suggested={shown ?? null} onClose={() => setDialog(null)} />}
      {dialog === 'manage' && <ManageViewsDialog views={views} onClose={() => setDialog(null)} />}
    </>
  );
}
