/** Short values side by side (services, tags, framework controls). */
export function Chips({ values, className }: { values: readonly string[]; className?: string }) {
  return (
    <span className={`chips${className ? ` ${className}` : ''}`}>
      {values.map((v) => (
        <span key={v} className="chip">
          {v}
        </span>
      ))}
    </span>
  );
}
