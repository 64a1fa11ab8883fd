import { useState } from 'react';
import { readGateConfig, saveGateConfig, type GateConfig } from '../../api/settings.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { useSubmit } from '../../components/use-submit.js';
import { Check } from './Check.js';
import { configOf, formOf, POLICY_FIELDS, RATINGS, refusedKey, type GateForm } from './gate-policy.js';

const SWITCHES: { key: 'enabled' | 'appliesToNewCodeOnly' | 'blockMergeOnFail'; label: string }[] = [
  { key: 'enabled', label: 'The gate gives a verdict on every analysis' },
  { key: 'appliesToNewCodeOnly', label: 'Count only the issues of new code (else every open issue)' },
  { key: 'blockMergeOnFail', label: 'Block merging a pull request that fails' },
];

function PolicyForm({
  organization,
  config,
  canManage,
}: {
  organization: string;
  config: GateConfig;
  canManage: boolean;
}) {
  const [form, setForm] = useState<GateForm>(formOf(config));
  const [saved, setSaved] = useState<GateConfig>();
  const save = useSubmit(async () => {
    setSaved(undefined);
    const next = await saveGateConfig(organization, configOf(form));
    setForm(formOf(next));
    setSaved(next);
  });
  const refused = refusedKey(save.error?.message);
  const current = saved ?? config;
  const setValue = (key: keyof GateForm, value: string | boolean) =>
    setForm((previous) => ({ ...previous, [key]: value }));
  return (
    <form className="form" onSubmit={save.submit} aria-labelledby="gate-policy">
      <p className="muted" role="status">
        {current.configured
          ? `Policy version ${current.version}. A new verdict is given to each analysis that ends from now on.`
          : 'No policy saved yet: analyses get no verdict (not configured) until one is. These are the defaults.'}
      </p>
      <fieldset disabled={!canManage} className="plain-fieldset">
        <legend className="visually-hidden">Policy</legend>
        <div className="policy-grid">
          {POLICY_FIELDS.map(({ key, label, unit }) => (
            <div className="field" key={key}>
              <label htmlFor={`policy-${key}`}>
                {label}
                {unit && ` (${unit})`}
              </label>
              <input
                id={`policy-${key}`}
                type="number"
                step="any"
                required
                inputMode="decimal"
                value={form[key]}
                onChange={(event) => setValue(key, event.target.value)}
                aria-describedby={`policy-${key}-hint`}
                aria-invalid={refused === key || undefined}
              />
              <p className="hint" id={`policy-${key}-hint`}>
                <code>{key}</code>
              </p>
            </div>
          ))}
          <div className="field">
            <label htmlFor="policy-rating_min">Quality rating at least</label>
            <select
              id="policy-rating_min"
              value={form.rating_min}
              onChange={(event) => setValue('rating_min', event.target.value)}
              aria-describedby="policy-rating_min-hint"
            >
              {RATINGS.map((rating) => (
                <option key={rating}>{rating}</option>
              ))}
            </select>
            <p className="hint" id="policy-rating_min-hint">
              <code>rating_min</code>
            </p>
          </div>
        </div>
        {SWITCHES.map(({ key, label }) => (
          <Check
            key={key}
            id={`gate-${key}`}
            label={label}
            checked={form[key]}
            onChange={(checked) => setValue(key, checked)}
          />
        ))}
        {save.error && <ErrorMessage error={save.error} title="Could not save the policy" />}
        {saved && (
          <p className="message message-success" role="status">
            Saved: policy version {saved.version}.
          </p>
        )}
        {canManage && (
          <button type="submit" className="button button-primary" disabled={save.busy}>
            Save policy
          </button>
        )}
      </fieldset>
    </form>
  );
}

/** The organization's quality gate: every key of its policy and its switches; OWNER and ADMIN save it. */
export function GatePolicySection({ organization, canManage }: { organization: string; canManage: boolean }) {
  const config = useApi(`gate:${organization}`, () => readGateConfig(organization));
  return (
    <section aria-labelledby="gate-policy">
      <h2 id="gate-policy">Quality-gate policy</h2>
      {config.state === 'loading' && <Loading what="the policy" />}
      {config.state === 'failed' && (
        <ErrorMessage error={config.error} retry={config.reload} title="Could not load the policy" />
      )}
      {config.state === 'loaded' && (
        <PolicyForm organization={organization} config={config.data} canManage={canManage} />
      )}
    </section>
  );
}
