import { Link } from 'react-router';
import type { CodeNode } from '../../api/code.js';
import { codeUrl } from './code-urls.js';

const byKindThenName = (a: CodeNode, b: CodeNode) =>
  a.isFile === b.isFile ? (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) : a.isFile ? 1 : -1;

const COLUMNS: { label: string; value: (node: CodeNode) => number }[] = [
  { label: 'Issues', value: (node) => node.violations },
  { label: 'Lines of code', value: (node) => node.linesOfCode },
  { label: 'Complexity', value: (node) => node.complexity },
  { label: 'Functions', value: (node) => node.totalFunctions },
  { label: 'Duplicated lines', value: (node) => node.duplicatedLines },
  { label: 'Clones', value: (node) => node.duplicates },
];

/** A directory's immediate children, directories first, each with its counts and a link into it. */
export function CodeTree({ base, analysisId, nodes }: { base: string; analysisId: number; nodes: CodeNode[] }) {
  if (nodes.length === 0) return <p className="empty">This directory holds no analyzed file.</p>;
  return (
    <div className="table-scroll" role="region" aria-label="Files and directories" tabIndex={0}>
      <table className="code-tree">
        <thead>
          <tr>
            <th scope="col">Name</th>
            {COLUMNS.map((column) => (
              <th scope="col" key={column.label} className="number">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...nodes].sort(byKindThenName).map((node) => (
            <tr key={node.fullPath}>
              <th scope="row" className="code-tree-name">
                <Link to={codeUrl(base, node.fullPath, analysisId)}>
                  {node.name}
                  {node.isFile ? '' : '/'}
                </Link>
              </th>
              {COLUMNS.map((column) => (
                <td key={column.label} className="number">
                  {column.value(node).toLocaleString('en')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
