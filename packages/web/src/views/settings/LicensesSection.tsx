import { useState } from 'react';
import { readLicensePolicy, saveLicensePolicy, type LicensePolicy } from '../../api/settings.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Field } from '../../components/Field.js';
import { Loading } from '../../components/Loading.js';
import { usePageTitle } from '../../components/page-title.js';
import { useFields, useSubmit } from '../../components/use-submit.js';
import { useSettings } from './settings-context.js';

const idsOf = (text: string) => text.split(/[\s,]+/).filter((id) => id !== '');

function LicenseForm({ policy, canManage }: { policy: LicensePolicy; canManage: boolean }) {
  const { organization } = useSettings();
  const { fields, setFields, bind } = useFields({ allowed: policy.allowed.join(' '), denied: policy.denied.join(' ') });
  const [saved, setSaved] = useState<LicensePolicy>();
  const save = useSubmit(async () => {
    setSaved(undefined);
    const next = await saveLicensePolicy(organization, idsOf(fields.allowed), idsOf(fields.denied));
    setFields({ allowed: next.allowed.join(' '), denied: next.denied.join(' ') });
    setSaved(next);
  });
  return (
    <form className="form" onSubmit={save.submit}>
      <p className="muted" role="status">
        {(saved ?? policy).configured
          ? 'Analyses report a dependency whose license is denied, or not allowed, as a finding.'
          : 'No license policy: analyses list the licenses they find and report none of them.'}
      </p>
      <fieldset disabled={!canManage} className="plain-fieldset">
        <legend className="visually-hidden">License policy</legend>
        <Field
          id="licenses-allowed"
          label="Allowed licenses"
          value={fields.allowed}
          onChange={bind('allowed')}
          hint="SPDX ids, separated by spaces or commas, e.g. MIT Apache-2.0. Empty: any license not denied."
        />
        <Field
          id="licenses-denied"
          label="Denied licenses"
          value={fields.denied}
          onChange={bind('denied')}
          hint="SPDX ids, e.g. GPL-3.0-only AGPL-3.0-only. Both lists empty: no policy."
        />
        {save.error && <ErrorMessage error={save.error} title="Could not save the license policy" />}
        {saved && (
          <p className="message message-success" role="status">
            Saved the license policy.
          </p>
        )}
        {canManage && (
          <button type="submit" className="button button-primary" disabled={save.busy}>
            Save license policy
          </button>
        )}
      </fieldset>
    </form>
  );
}

/** The organization's license policy (docs/licenses.md); a repository's `.plumb.yml` may replace either list. */
export function LicensesSection() {
  const { organization, canManage } = useSettings();
  usePageTitle('License policy');
  const policy = useApi(`licenses:${organization}`, () => readLicensePolicy(organization));
  return (
    <section aria-labelledby="licenses">
      <h2 id="licenses">License policy</h2>
      {policy.state === 'loading' && <Loading what="the license policy" />}
      {policy.state === 'failed' && (
        <ErrorMessage error={policy.error} retry={policy.reload} title="Could not load the license policy" />
      )}
      {policy.state === 'loaded' && <LicenseForm policy={policy.data} canManage={canManage} />}
    </section>
  );
}
