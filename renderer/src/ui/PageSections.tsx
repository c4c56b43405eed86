/**
 * A row of jumps to the sections of a long page, by the ids of their headings. Buttons, not #links: the hash
 * holds the route. The heading takes focus, so keyboard and screen reader users land there too.
 */
export function PageSections({ sections }: { sections: { id: string; label: string }[] }) {
  const jump = (id: string) => {
    const heading = document.getElementById(id);
    if (!heading) return;
    heading.scrollIntoView({ block: 'start', behavior: 'smooth' });
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  };
  return (
    <nav className="page-sections" aria-label="Sections of this page">
      {sections.map((s) => (
        <button key={s.id} type="button" className="page-section-link" onClick={() => jump(s.id)}>
          {s.label}
        </button>
      ))}
    </nav>
  );
}
