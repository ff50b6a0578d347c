"use client";
// The time range (spec §1.5): a relative range of 30 minutes, 1, 3 or 12 hours, or a custom absolute
// range of at most 90 days (in UTC); "Any time" is the whole 90-day history.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { MAX_RANGE_MS, TIME_PRESETS, type TimePreset } from "@/lib/cloudtrail/history-query";

export interface TimeRange {
  range?: TimePreset;
  start?: string;
  end?: string;
}

const PRESET_LABELS: Record<TimePreset, string> = { "30m": "30 minutes", "1h": "1 hour", "3h": "3 hours", "12h": "12 hours" };

const TOGGLE = "rounded-lg border-2 px-3 py-0.5 text-sm font-bold";
const toggleClass = (on: boolean) => `${TOGGLE} ${on ? "border-aws-blue bg-aws-blue-light text-aws-blue-dark" : "border-aws-border text-aws-ink"}`;

/** datetime-local text ("2026-11-22T10:15") read as UTC, to ISO; undefined when empty or invalid. */
function utcIso(local: string): string | undefined {
  if (!local) return undefined;
  const d = new Date(`${local}:00Z`);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

const toLocal = (iso?: string) => (iso ? iso.slice(0, 16) : "");

export function customRangeError(start?: string, end?: string): string | null {
  if (!start || !end) return "Enter a start and an end.";
  const [s, e] = [new Date(start).getTime(), new Date(end).getTime()];
  if (s > e) return "The start must be before the end.";
  if (e - s > MAX_RANGE_MS) return "The range can span at most 90 days.";
  return null;
}

export function TimeRangeFilter({ value, onChange }: { value: TimeRange; onChange: (v: TimeRange) => void }) {
  const custom = !value.range && Boolean(value.start || value.end);
  const [open, setOpen] = useState(custom);
  const [start, setStart] = useState(toLocal(value.start));
  const [end, setEnd] = useState(toLocal(value.end));
  const error = open ? customRangeError(utcIso(start), utcIso(end)) : null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <div role="group" aria-label="Time range" className="flex flex-wrap gap-1">
        {(Object.keys(TIME_PRESETS) as TimePreset[]).map((p) => (
          <button
            key={p}
            type="button"
            aria-pressed={value.range === p}
            className={toggleClass(value.range === p)}
            onClick={() => {
              setOpen(false);
              onChange({ range: p });
            }}
          >
            {PRESET_LABELS[p]}
          </button>
        ))}
        <button type="button" aria-pressed={open || custom} className={toggleClass(open || custom)} onClick={() => setOpen(true)}>
          Custom
        </button>
        <button
          type="button"
          aria-pressed={!value.range && !custom && !open}
          className={toggleClass(!value.range && !custom && !open)}
          onClick={() => {
            setOpen(false);
            onChange({});
          }}
        >
          Any time
        </button>
      </div>
      {open && (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <label className="flex items-center gap-1">
            Start (UTC)
            <input type="datetime-local" value={start} onChange={(e) => setStart(e.target.value)} className="rounded-lg border-2 border-aws-border px-2" />
          </label>
          <label className="flex items-center gap-1">
            End (UTC)
            <input type="datetime-local" value={end} onChange={(e) => setEnd(e.target.value)} className="rounded-lg border-2 border-aws-border px-2" />
          </label>
          <Button disabled={Boolean(error)} onClick={() => onChange({ start: utcIso(start), end: utcIso(end) })}>
            Apply
          </Button>
          {error && (start || end) && (
            <span role="status" className="text-aws-red">
              {error}
            </span>
          )}
        </div>
      )}
    </div>
  );
}
