import type { ReactNode } from 'react';

/** Headline figures, each a label over its value. */
export function FigureList({ figures }: { figures: [label: string, value: ReactNode][] }) {
  return (
    <dl className="figure-list">
      {figures.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
