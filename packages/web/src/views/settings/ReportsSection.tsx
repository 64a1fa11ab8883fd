import { useState } from 'react';
import { readReportSchedule, saveReportSchedule, type ReportSchedule } from '../../api/settings.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Field } from '../../components/Field.js';
import { Loading } from '../../components/Loading.js';
import { usePageTitle } from '../../components/page-title.js';
import { useSubmit } from '../../components/use-submit.js';
import { Check } from './Check.js';
import { ProjectPicker } from './ProjectPicker.js';
import { useSettings } from './settings-context.js';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

function ScheduleForm({
  organization,
  projectId,
  schedule,
  canManage,
}: {
  organization: string;
  projectId: number;
  schedule: ReportSchedule;
  canManage: boolean;
}) {
  const [form, setForm] = useState(schedule);
  const [saved, setSaved] = useState(false);
  const save = useSubmit(async () => {
    setSaved(false);
    setForm(await saveReportSchedule(organization, projectId, { ...form, timezone: form.timezone.trim() }));
    setSaved(true);
  });
  const set = (changes: Partial<ReportSchedule>) => setForm((previous) => ({ ...previous, ...changes }));
  return (
    <form className="form" onSubmit={save.submit}>
      <fieldset disabled={!canManage} className="plain-fieldset">
        <legend className="visually-hidden">Report schedule</legend>
        <Check
          id="report-enabled"
          label="Make a development report every week"
          checked={form.enabled}
          onChange={(enabled) => set({ enabled })}
        />
        <div className="policy-grid">
          <div className="field">
            <label htmlFor="report-weekday">Day</label>
            <select
              id="report-weekday"
              value={form.weekday}
              onChange={(event) => set({ weekday: Number(event.target.value) })}
            >
              {WEEKDAYS.map((day, index) => (
                <option key={day} value={index + 1}>
                  {day}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="report-hour">Hour</label>
            <select id="report-hour" value={form.hour} onChange={(event) => set({ hour: Number(event.target.value) })}>
              {HOURS.map((hour) => (
                <option key={hour} value={hour}>
                  {String(hour).padStart(2, '0')}:00
                </option>
              ))}
            </select>
          </div>
          <Field
            id="report-timezone"
            label="Time zone"
            required
            value={form.timezone}
            onChange={(event) => set({ timezone: event.target.value })}
            hint="An IANA time zone, e.g. UTC or Europe/Berlin."
          />
        </div>
        {save.error && <ErrorMessage error={save.error} title="Could not save the schedule" />}
        {saved && (
          <p className="message message-success" role="status">
            Saved: {form.enabled ? `every ${WEEKDAYS[form.weekday - 1]} at ${form.hour}:00 ${form.timezone}` : 'off'}.
          </p>
        )}
        {canManage && (
          <button type="submit" className="button button-primary" disabled={save.busy}>
            Save schedule
          </button>
        )}
      </fieldset>
    </form>
  );
}

function ProjectSchedule({ organization, projectId }: { organization: string; projectId: number }) {
  const { canManage } = useSettings();
  const schedule = useApi(`report-schedule:${organization}:${projectId}`, () =>
    readReportSchedule(organization, projectId),
  );
  if (schedule.state === 'loading') return <Loading what="the schedule" />;
  if (schedule.state === 'failed')
    return <ErrorMessage error={schedule.error} retry={schedule.reload} title="Could not load the schedule" />;
  return (
    <ScheduleForm organization={organization} projectId={projectId} schedule={schedule.data} canManage={canManage} />
  );
}

/** When each project's weekly development report is made (docs/reports.md). */
export function ReportsSection() {
  const { organization } = useSettings();
  usePageTitle('Development reports');
  return (
    <section aria-labelledby="reports">
      <h2 id="reports">Development-report schedule</h2>
      <p className="muted">Each project’s weekly report covers the seven days before it is made.</p>
      <ProjectPicker organization={organization} id="report-project">
        {(projectId) => <ProjectSchedule key={projectId} organization={organization} projectId={projectId} />}
      </ProjectPicker>
    </section>
  );
}
