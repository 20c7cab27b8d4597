// The learner's local day: its date in their IANA time zone and the instants where it starts
// and ends (local midnights). Uses the platform's Intl time-zone data; no date library needed.

export interface ResolvedZone {
  timeZone: string;
  /** false when the requested zone was missing or unknown and UTC is used instead. */
  valid: boolean;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

// Intl.DateTimeFormat construction costs far more than formatting, so one per zone is cached.
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit",
      hour: "2-digit", minute: "2-digit", second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The zone to use: the learner's if it is a valid IANA name, else UTC (and valid: false). */
export function resolveTimeZone(timeZone: string | null | undefined): ResolvedZone {
  if (!timeZone) return { timeZone: "UTC", valid: false };
  try {
    formatter(timeZone);
    return { timeZone, valid: true };
  } catch {
    return { timeZone: "UTC", valid: false };
  }
}

interface WallClock { y: number; mo: number; d: number; h: number; mi: number; s: number }

function wallClock(instant: Date, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) if (p.type !== "literal") parts[p.type] = Number(p.value);
  return { y: parts.year, mo: parts.month, d: parts.day, h: parts.hour, mi: parts.minute, s: parts.second };
}

/** The local calendar date, "YYYY-MM-DD", of an instant in a zone. */
export function localDate(instant: Date, timeZone: string): string {
  const w = wallClock(instant, timeZone);
  return `${w.y}-${String(w.mo).padStart(2, "0")}-${String(w.d).padStart(2, "0")}`;
}

/** Zone offset (local wall time minus UTC) in ms at an instant. */
function offsetMs(instant: number, timeZone: string): number {
  const w = wallClock(new Date(instant), timeZone);
  return Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s) - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant of local midnight starting `date` ("YYYY-MM-DD"). The offset is looked up twice
 * because it can differ between the UTC guess and the answer near a DST change. Where a DST
 * jump skips midnight itself, this gives the first existing local instant's neighbourhood.
 */
export function startOfLocalDay(date: string, timeZone: string): Date {
  const [y, m, d] = date.split("-").map(Number);
  const wall = Date.UTC(y, m - 1, d);
  const first = wall - offsetMs(wall, timeZone);
  return new Date(wall - offsetMs(first, timeZone));
}

/** The next calendar date after "YYYY-MM-DD". */
export function nextDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

export interface LocalDay {
  date: string;
  start: Date;
  /** Start of the next local day (exclusive end). */
  end: Date;
}

export function localDay(instant: Date, timeZone: string): LocalDay {
  const date = localDate(instant, timeZone);
  return { date, start: startOfLocalDay(date, timeZone), end: startOfLocalDay(nextDate(date), timeZone) };
}
