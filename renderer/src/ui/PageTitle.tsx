import { type ReactNode, useEffect, useRef } from 'react';

/**
 * A page's h1, which also names the window. After a navigation, when focus was left on nothing
 * (the clicked row or link is gone), it takes focus so keyboard and screen reader users start here.
 */
export function PageTitle({ children, windowTitle }: { children: ReactNode; windowTitle: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${windowTitle} — Vetter`;
    if (document.activeElement === document.body || document.activeElement === null) ref.current?.focus();
  }, [windowTitle]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
