import { Invalid } from '../errors.js';

/** The span a report covers: [start, end), and the day it is named by. */
export interface ReportWindow {
  /** YYYY-MM-DD in the repository's report time zone. */
  date: string;
  start: Date;
  end: Date;
}

const DAY_MS = 86_400_000;
/** Scrutinizer's reports cover one week (`interval` P1W). */
export const REPORT_DAYS = 7;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether the runtime knows this IANA time zone. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone !== '';
  } catch {
    return false;
  }
}

/** The calendar day of an instant in a time zone, YYYY-MM-DD. */
export function localDate(instant: Date, zone: string): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    instant,
  );
}

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: Date, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  const field = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const wall = Date.UTC(
    field('year'),
    field('month') - 1,
    field('day'),
    field('hour'),
    field('minute'),
    field('second'),
  );
  return wall - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant a day starts in a time zone (its local midnight), DST transitions included. */
export function startOfDay(date: string, zone: string): Date {
  const [, year, month, day] = DATE.exec(date) ?? [];
  const utcMidnight = Date.UTC(Number(year), Number(month) - 1, Number(day));
  // Twice: the offset at the guess can differ from the offset at the answer across a transition.
  const guess = utcMidnight - offsetAt(new Date(utcMidnight), zone);
  return new Date(utcMidnight - offsetAt(new Date(guess), zone));
}

/** The day before or after a YYYY-MM-DD day by whole days. */
export function addDays(date: string, days: number): string {
  const [, year, month, day] = DATE.exec(date) ?? [];
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)) + days * DAY_MS).toISOString().slice(0, 10);
}

/** A YYYY-MM-DD that names a real calendar day, or Invalid naming the field. */
export function requireDay(field: string, value: string): string {
  const day = DATE.test(value) ? new Date(`${value}T00:00:00Z`) : undefined;
  // 2026-02-30 parses as March 2nd and 2026-13-01 not at all: only a day that reads back the same is real.
  const valid = day && !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
  if (!valid) throw new Invalid(field, `expected a day as YYYY-MM-DD, got ${JSON.stringify(value.slice(0, 40))}`);
  return value;
}

/** The week a report dated `date` covers, as Scrutinizer's weekly reports do: the seven local days before it. */
export function weekBefore(date: string, zone: string): ReportWindow {
  return { date, start: startOfDay(addDays(date, -REPORT_DAYS), zone), end: startOfDay(date, zone) };
}

/** The seven days up to now, named by today's local date: an on-demand report of the week so far. */
export function weekUntil(now: Date, zone: string): ReportWindow {
  return { date: localDate(now, zone), start: new Date(now.getTime() - REPORT_DAYS * DAY_MS), end: now };
}
