import { memoLast } from "./memo";
import { defineOperator, type AnyOperatorDef } from "./operator";

// W3C profile of ISO 8601 (YYYY, YYYY-MM, YYYY-MM-DD, and with time hh:mm[:ss[.fff]] plus Z or
// ±hh:mm), plus the basic form 20200101T000000Z. No zone means UTC.
const EXTENDED =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?)?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;
const BASIC = /^(\d{4})(\d{2})(\d{2})(?:[Tt](\d{2})(\d{2})(\d{2})?(?:[.,](\d+))?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;
// Epoch seconds (aws:EpochTime), optionally fractional. An all-digit text is read as epoch, so a
// bare year must be written as a date (2020-01-01).
const EPOCH = /^-?\d+(?:\.\d+)?$/;

function offsetMinutes(zone: string | undefined): number | undefined {
  if (!zone || zone === "Z" || zone === "z") return 0;
  const digits = zone.slice(1).replace(":", "");
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  if (digits.length !== 2 && digits.length !== 4) return undefined;
  if (hours > 23 || minutes > 59) return undefined;
  return (zone[0] === "-" ? -1 : 1) * (hours * 60 + minutes);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

function fromFields(m: RegExpExecArray): number | undefined {
  const [year, month = 1, day = 1, hour = 0, minute = 0, second = 0] = m.slice(1, 7).map((f) =>
    f === undefined ? undefined : Number(f),
  );
  const fraction = m[7] ? Number(`0.${m[7]}`) * 1000 : 0;
  const offset = offsetMinutes(m[8]);
  if (year === undefined || offset === undefined) return undefined;
  if (month < 1 || month > 12 || day < 1 || hour > 24 || minute > 59 || second > 60) return undefined;
  const daysInMonth = DAYS_IN_MONTH[month - 1] + (month === 2 && isLeap(year) ? 1 : 0);
  if (day > daysInMonth || (hour === 24 && (minute > 0 || second > 0 || fraction > 0))) return undefined;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second) + Math.floor(fraction);
  return utc - offset * 60_000;
}

/** Milliseconds since the epoch for an ISO 8601 date or epoch seconds; undefined when neither. */
export function parseDate(text: string): number | undefined {
  const trimmed = text.trim();
  if (EPOCH.test(trimmed)) {
    const ms = Math.round(Number(trimmed) * 1000);
    return Number.isFinite(ms) ? ms : undefined;
  }
  const m = EXTENDED.exec(trimmed) ?? BASIC.exec(trimmed);
  return m ? fromFields(m) : undefined;
}

const parseContextDate = memoLast(parseDate);

function date(negated: boolean, test: (ctx: number, value: number) => boolean): AnyOperatorDef {
  return defineOperator<number, number>({ negated, variables: false, value: parseDate, context: parseContextDate, test });
}

export const dateOperators: Record<string, AnyOperatorDef> = {
  DateEquals: date(false, (c, v) => c === v),
  DateNotEquals: date(true, (c, v) => c === v),
  DateLessThan: date(false, (c, v) => c < v),
  DateLessThanEquals: date(false, (c, v) => c <= v),
  DateGreaterThan: date(false, (c, v) => c > v),
  DateGreaterThanEquals: date(false, (c, v) => c >= v),
};
