const dateFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const amountFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });
const countFormat = new Intl.NumberFormat();

/** A calendar date (YYYY-MM-DD) shown in the user's locale, without shifting it by the time zone. */
export function formatDate(isoDate: string | null): string {
  if (!isoDate) return '';
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : dateFormat.format(date);
}

/** Today as a calendar date (YYYY-MM-DD, UTC), as the core dates answers, approvals and scores. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A moment (ISO timestamp) in local time. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}

export function formatAmount(value: number | null): string {
  return value === null ? '' : amountFormat.format(value);
}

export function formatCount(value: number): string {
  return countFormat.format(value);
}

/** "1 vendor", "3 vendors". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

/** "1.4 MB", "820 KB", "312 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return plural(bytes, 'byte');
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / (1024 * 1024), 'MB'];
  return `${amountFormat.format(Number(value.toFixed(1)))} ${unit}`;
}
