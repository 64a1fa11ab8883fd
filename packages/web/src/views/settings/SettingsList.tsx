import type { ReactNode } from 'react';
import type { Loaded } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';

/** A list the settings read: loading, its failure with a retry, a sentence when empty, else a table of its items. */
export function SettingsList<T>({
  list,
  what,
  empty,
  columns,
  children,
}: {
  list: Loaded<T[]> & { reload: () => void };
  /** What is listed, as in "Could not load the API keys". */
  what: string;
  empty: string;
  /** The column headers; an empty one is the actions' column, named for screen readers only. */
  columns: string[];
  children: (items: T[]) => ReactNode;
}) {
  if (list.state === 'loading') return <Loading what={what} />;
  if (list.state === 'failed')
    return <ErrorMessage error={list.error} retry={list.reload} title={`Could not load ${what}`} />;
  if (list.data.length === 0) return <p className="empty">{empty}</p>;
  return (
    <div className="table-scroll" role="region" aria-label={what} tabIndex={0}>
      <table className="settings-table">
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th scope="col" key={index}>
                {column || <span className="visually-hidden">Actions</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children(list.data)}</tbody>
      </table>
    </div>
  );
}

/** A row's action (revoke, remove), named with what it acts on for screen readers. */
export function RowButton({
  label,
  name,
  busy,
  onClick,
}: {
  label: string;
  /** The accessible name: the action and its object, e.g. "Revoke ci pipeline". */
  name: string;
  busy: boolean;
  onClick: () => void;
}) {
  return (
    <button type="button" className="button" aria-label={name} disabled={busy} onClick={onClick}>
      {label}
    </button>
  );
}
