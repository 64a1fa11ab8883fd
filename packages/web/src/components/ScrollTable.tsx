import type { ReactNode } from 'react';

/** A table in a labelled region that scrolls sideways on its own on narrow screens (never the page). */
export function ScrollTable({
  label,
  columns,
  className = '',
  children,
}: {
  label: string;
  columns: string[];
  className?: string;
  /** The body's rows. */
  children: ReactNode;
}) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      <table className={`data-table ${className}`.trim()}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
