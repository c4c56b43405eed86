import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { Icon } from './Icon';

export interface MenuItem {
  label: string;
  hint?: string;
  onSelect: () => void;
  /** A choice that is on or off (a column shown): ticked, and the menu stays open to tick another. */
  checked?: boolean;
  /** Disabled with a reason in its title (the one column that cannot be hidden). */
  disabledReason?: string;
}

/**
 * A button that opens a short menu: arrow keys move, Enter picks, Escape or a click outside closes. Items with
 * `checked` are ticks (menuitemcheckbox): picking one keeps the menu open.
 */
export function MenuButton({
  label,
  icon,
  items,
  disabled,
  title,
  ariaLabel,
  small = false,
}: {
  label: ReactNode;
  icon?: ReactNode;
  items: MenuItem[];
  disabled?: boolean;
  title?: string;
  /** A fuller name where the visible label relies on its surroundings (a row of a table). */
  ariaLabel?: string;
  small?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => {
    if (!open) return;
    itemRefs.current[0]?.focus();
    const closeOnOutside = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOnOutside);
    return () => document.removeEventListener('pointerdown', closeOnOutside);
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const onMenuKeyDown = (event: KeyboardEvent) => {
    const buttons = itemRefs.current.filter((b): b is HTMLButtonElement => b !== null);
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const move = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (move !== undefined) {
      event.preventDefault();
      buttons[(index + move + buttons.length) % buttons.length]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  };

  return (
    <div className="menu-root" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className={small ? 'btn btn-small' : 'btn'}
        aria-haspopup="menu"
        aria-label={ariaLabel}
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={disabled}
        title={title}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        {icon}
        {label}
        <Icon name="chevronDown" size={14} />
      </button>
      {open && (
        <div className="menu" role="menu" id={menuId} onKeyDown={onMenuKeyDown}>
          {items.map((item, i) => (
            <button
              key={item.label}
              ref={(el) => {
                itemRefs.current[i] = el;
              }}
              type="button"
              role={item.checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
              aria-checked={item.checked}
              aria-disabled={item.disabledReason ? true : undefined}
              title={item.disabledReason}
              className={item.checked === undefined ? 'menu-item' : 'menu-item menu-item-check'}
              onClick={() => {
                if (item.disabledReason) return;
                if (item.checked === undefined) close();
                item.onSelect();
              }}
            >
              {item.checked !== undefined && <span className="menu-tick">{item.checked && <Icon name="check" size={14} />}</span>}
              <span>{item.label}</span>
              {item.hint && <span className="menu-hint">{item.hint}</span>}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
