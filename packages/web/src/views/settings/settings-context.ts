import { useOutletContext } from 'react-router';

/** What each settings section reads from the settings layout. */
export interface SettingsContext {
  organization: string;
  role: string;
  /** OWNER or ADMIN: the roles that change settings (the server refuses anyone else in any case). */
  canManage: boolean;
}

export const useSettings = () => useOutletContext<SettingsContext>();

/** The sections, in the order of the settings navigation; each is a child route of `/orgs/:org/settings`. */
export const SETTINGS_SECTIONS = [
  { path: 'members', label: 'Members and roles' },
  { path: 'teams', label: 'Teams' },
  { path: 'tokens', label: 'Tokens and API keys' },
  { path: 'gate', label: 'Quality gate and waivers' },
  { path: 'webhooks', label: 'Webhooks' },
  { path: 'licenses', label: 'License policy' },
  { path: 'reports', label: 'Development reports' },
] as const;

/** A date and time as the reader's locale writes it; a dash for none. */
export const when = (iso: string | null): string => (iso ? new Date(iso).toLocaleString() : '—');

/** The last moment of a day picked in a date field, in the reader's time zone, as ISO-8601; null for none. */
export const endOfDay = (date: string): string | null => (date ? new Date(`${date}T23:59:59`).toISOString() : null);
