/** A small line of values (oldest first) drawn in SVG; its label says what it shows for screen readers. */
export function Sparkline({ values, label, max }: { values: number[]; label: string; max: number }) {
  const width = 96;
  const height = 24;
  if (values.length === 0) return <span className="muted">no analyses</span>;
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const points = values
    .map(
      (value, position) => `${(position * step).toFixed(1)},${(height - (value / max) * (height - 2) - 1).toFixed(1)}`,
    )
    .join(' ');
  return (
    <svg
      className="sparkline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
    >
      {values.length > 1 ? (
        <polyline points={points} fill="none" stroke="currentColor" strokeWidth="1.5" />
      ) : (
        <circle cx={width / 2} cy={height / 2} r="2" fill="currentColor" />
      )}
    </svg>
  );
}
