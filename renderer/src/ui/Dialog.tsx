import { type ReactNode, useEffect, useId, useRef } from 'react';
import { Icon } from './Icon';

/**
 * A modal built on <dialog>.showModal(): the browser makes the rest of the page inert (so focus stays
 * inside) and turns Escape into a 'cancel' event, which we route to onClose so React owns the state.
 */
export function Dialog({
  title,
  onClose,
  children,
  footer,
  wide = false,
  closable = true,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  wide?: boolean;
  /** False while work is running that closing would abandon (the footer then offers Cancel). */
  closable?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const returnFocus = document.activeElement;
    dialog.showModal();
    return () => {
      dialog.close();
      if (returnFocus instanceof HTMLElement) returnFocus.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`dialog${wide ? ' dialog-wide' : ''}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (closable) onClose();
      }}
    >
      <header className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        {closable && (
          <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
            <Icon name="x" />
          </button>
        )}
      </header>
      <div className="dialog-body">{children}</div>
      {footer && <footer className="dialog-footer">{footer}</footer>}
    </dialog>
  );
}
