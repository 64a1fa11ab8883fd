import type { GateCondition } from '../api/project-home.js';
import { gateWord } from '../views/overview/format.js';
import { ScrollTable } from './ScrollTable.js';

/** The gate's verdict and each condition that did not hold, the waived ones marked (docs/api/codestax.md). */
export function GateConditions({ status, conditions }: { status: string | null; conditions: GateCondition[] }) {
  return (
    <section className="gate-verdict" aria-labelledby="gate-heading">
      <h2 id="gate-heading">
        Quality gate <span className={`gate gate-${status ?? 'none'}`}>{gateWord(status)}</span>
      </h2>
      {conditions.length === 0 ? (
        <p className="muted">
          {status === 'passed' ? 'Every condition of the gate held.' : 'No condition of the gate failed.'}
        </p>
      ) : (
        <ScrollTable label="Gate conditions" columns={['Condition', 'Threshold', 'Actual', 'Severity', 'Status']}>
          {conditions.map((condition) => (
            <tr key={`${condition.rule}:${condition.waived}`} className={condition.waived ? 'waived' : undefined}>
              <th scope="row">{condition.rule}</th>
              <td>{condition.threshold}</td>
              <td>{condition.actual}</td>
              <td>{condition.severity}</td>
              <td>{condition.waived ? 'Waived' : 'Failed'}</td>
            </tr>
          ))}
        </ScrollTable>
      )}
    </section>
  );
}
