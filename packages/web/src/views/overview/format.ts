/** Debt in minutes as people say it: 45 min, 3 h 20 min, 2 d (8-hour days). */
export function formatDebt(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 8) return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
  const days = minutes / 480;
  return `${days >= 10 ? Math.round(days) : days.toFixed(1)} d`;
}

export const formatPercent = (ratio: number | null): string => (ratio === null ? '–' : `${(ratio * 100).toFixed(1)}%`);

export const formatDate = (iso: string): string =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

const GATE_WORDS: Record<string, string> = { passed: 'Passed', failed: 'Failed', not_configured: 'Not configured' };
export const gateWord = (gate: string | null): string => (gate === null ? 'Not analyzed' : (GATE_WORDS[gate] ?? gate));
