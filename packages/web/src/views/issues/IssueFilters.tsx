import { memo, useEffect, useState } from 'react';
import type { FacetCount, IssueFacets, IssueFilter } from '../../api/issues.js';
import { categoryLabel, SEVERITY_ORDER, statusLabel } from './labels.js';

/** A change of the URL's parameters: a value, or null to remove it. */
export type ParamChanges = Record<string, string | null>;

/** The options of one filter: the values the analysis has (with their counts), and the one chosen if it has none. */
function optionsOf(facets: FacetCount[] | undefined, chosen: string | undefined, order?: readonly string[]) {
  const counts = new Map((facets ?? []).map((facet) => [facet.value, facet.count]));
  const values = order ? order.filter((value) => counts.has(value)) : [...counts.keys()];
  if (chosen && !values.includes(chosen)) values.push(chosen);
  return values.map((value) => ({ value, count: counts.get(value) ?? 0 }));
}

function FacetSelect({
  id,
  label,
  param,
  chosen,
  facets,
  order,
  labelOf = (value) => value,
  onChange,
}: {
  id: string;
  label: string;
  param: string;
  chosen: string | undefined;
  facets: FacetCount[] | undefined;
  order?: readonly string[];
  labelOf?: (value: string) => string;
  onChange: (changes: ParamChanges) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={chosen ?? ''} onChange={(event) => onChange({ [param]: event.target.value || null })}>
        <option value="">Any</option>
        {optionsOf(facets, chosen, order).map(({ value, count }) => (
          <option key={value} value={value}>
            {labelOf(value)} ({count})
          </option>
        ))}
      </select>
    </div>
  );
}

const STATUSES = ['open', 'false_positive', 'ignored'];

/** The list filters: their URL parameter, their place in the filter and facets, and how their values read. */
const SELECTS: {
  param: string;
  label: string;
  key: 'severities' | 'categories' | 'languages' | 'rules' | 'statuses';
  order?: readonly string[];
  labelOf?: (value: string) => string;
}[] = [
  { param: 'severity', label: 'Severity', key: 'severities', order: SEVERITY_ORDER },
  { param: 'category', label: 'Category', key: 'categories', labelOf: categoryLabel },
  { param: 'language', label: 'Language', key: 'languages' },
  { param: 'rule', label: 'Rule', key: 'rules' },
  { param: 'status', label: 'Status', key: 'statuses', order: STATUSES, labelOf: statusLabel },
];

/** The issues page's filters; each change goes to the URL, which the list reads. Unchanged as pages load. */
export const IssueFilters = memo(function IssueFilters({
  filter,
  facets,
  onChange,
}: {
  filter: IssueFilter;
  facets: IssueFacets | null;
  onChange: (changes: ParamChanges) => void;
}) {
  const [path, setPath] = useState(filter.path ?? '');
  useEffect(() => setPath(filter.path ?? ''), [filter.path]);
  const applyPath = () => {
    if (path.trim() !== (filter.path ?? '')) onChange({ path: path.trim() || null });
  };
  return (
    <form
      className="filters issue-filters"
      role="search"
      aria-label="Filter issues"
      onSubmit={(event) => {
        event.preventDefault();
        applyPath();
      }}
    >
      {SELECTS.map(({ param, label, key, order, labelOf }) => (
        <FacetSelect
          key={param}
          id={`issue-${param}`}
          label={label}
          param={param}
          chosen={filter[key]?.[0]}
          facets={facets?.[key]}
          {...(order ? { order } : {})}
          {...(labelOf ? { labelOf } : {})}
          onChange={onChange}
        />
      ))}
      <div className="field">
        <label htmlFor="issue-path">Path starts with</label>
        <input
          id="issue-path"
          type="search"
          value={path}
          placeholder="src/"
          onChange={(event) => setPath(event.target.value)}
          onBlur={applyPath}
        />
      </div>
      <div className="field field-check">
        <input
          id="issue-new"
          type="checkbox"
          checked={filter.newOnly === true}
          onChange={(event) => onChange({ new: event.target.checked ? '1' : null })}
        />
        <label htmlFor="issue-new">New code only</label>
      </div>
    </form>
  );
});
