import { readRule } from '../../api/issues.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';

/** A rule's documentation from Plumb's catalog: what it finds, why it matters, an example. */
export function RuleDocs({
  tool,
  rule,
  message,
  url,
}: {
  tool: string;
  rule: string;
  message: string;
  url: string | null;
}) {
  const docs = useApi(`rule:${tool}:${rule}`, () => readRule(tool, rule, message));
  if (docs.state === 'loading') return <Loading what="the rule's documentation" />;
  if (docs.state === 'failed')
    return <ErrorMessage error={docs.error} retry={docs.reload} title="Could not load the rule's documentation" />;
  const toolPage = docs.data?.url ?? url;
  return (
    <section className="rule-docs" aria-labelledby="rule-docs-title">
      <h3 id="rule-docs-title">
        Rule {rule} <span className="muted small">({tool})</span>
      </h3>
      {docs.data ? (
        <>
          <h4>What it finds</h4>
          <p>{docs.data.whatItFinds}</p>
          <h4>Why it matters</h4>
          <p>{docs.data.whyItMatters}</p>
          {docs.data.exampleBad && (
            <>
              <h4>Example</h4>
              <p className="small muted">Reported:</p>
              <pre className="code-example" tabIndex={0} aria-label="Code the rule reports">
                {docs.data.exampleBad}
              </pre>
              {docs.data.exampleGood && (
                <>
                  <p className="small muted">Fixed:</p>
                  <pre className="code-example" tabIndex={0} aria-label="The same code fixed">
                    {docs.data.exampleGood}
                  </pre>
                </>
              )}
            </>
          )}
        </>
      ) : (
        <p>Plumb's catalog does not describe this rule: its tool reported it.</p>
      )}
      {toolPage && (
        <p>
          <a href={toolPage} target="_blank" rel="noreferrer">
            The tool's page for {rule}
          </a>
        </p>
      )}
    </section>
  );
}
