"use client";
// Global Settings: a value for each context key the included policies (and the trust policies the run
// evaluates) use, suggested as GetContextKeysFor…Policy lists them. An empty key is left out of the
// simulation, with AWS's warning.
export const MISSING_VALUES_WARNING = "One or more policies require values in the simulation settings. The simulation might fail without these values.";

export const CONTEXT_TYPES = ["string", "stringList", "numeric", "numericList", "boolean", "booleanList", "ip", "ipList", "binary", "binaryList", "date", "dateList"] as const;

export interface ContextSetting {
  type: string;
  value: string;
}

/** A sensible type for a key, as the simulator pre-selects it [INF]. */
export function defaultType(key: string): string {
  const k = key.toLowerCase();
  if (k === "aws:multifactorauthpresent" || k === "aws:securetransport" || k.endsWith("isawsservice") || k === "aws:viaawsservice") return "boolean";
  if (k === "aws:sourceip" || k === "aws:vpcsourceip") return "ip";
  if (k === "aws:currenttime" || k === "aws:tokenissuetime") return "date";
  if (k === "aws:epochtime" || k === "aws:multifactorauthage") return "numeric";
  if (k === "aws:tagkeys" || k === "sts:transitivetagkeys") return "stringList";
  return "string";
}

export function GlobalSettings({
  keys,
  trustKeys,
  values,
  onChange,
  loading,
}: {
  keys: string[];
  trustKeys: string[];
  values: Record<string, ContextSetting>;
  onChange: (key: string, setting: ContextSetting) => void;
  loading: boolean;
}) {
  const all = [...keys, ...trustKeys];
  const missing = all.some((k) => !values[k]?.value.trim());
  return (
    <details open={all.length > 0} className="rounded-lg border border-aws-divider p-3">
      <summary className="cursor-pointer font-bold">Global Settings ({all.length} context keys)</summary>
      {loading && <p className="mt-2 text-sm text-aws-muted">Reading the policies&apos; context keys…</p>}
      {all.length === 0 && !loading && <p className="mt-2 text-sm text-aws-muted">The included policies use no context keys.</p>}
      {missing && all.length > 0 && (
        <p role="status" className="mt-2 rounded border-l-4 border-aws-orange bg-[#fffbf2] p-2 text-sm">
          {MISSING_VALUES_WARNING}
        </p>
      )}
      {all.length > 0 && (
        <table className="mt-2 w-full text-left text-sm" aria-label="Context keys">
          <thead>
            <tr className="border-b border-aws-divider">
              <th className="py-1">Key</th>
              <th className="py-1">Type</th>
              <th className="py-1">Value</th>
            </tr>
          </thead>
          <tbody>
            {all.map((k) => {
              const s = values[k] ?? { type: defaultType(k), value: "" };
              return (
                <tr key={k} className="border-b border-aws-divider">
                  <td className="py-1 pr-2 font-mono text-xs">
                    {k}
                    {trustKeys.includes(k) && <span className="ml-1 text-aws-muted">(trust policy)</span>}
                  </td>
                  <td className="py-1 pr-2">
                    <select aria-label={`Type of ${k}`} value={s.type} onChange={(e) => onChange(k, { ...s, type: e.target.value })} className="rounded border border-aws-border px-1">
                      {CONTEXT_TYPES.map((t) => (
                        <option key={t}>{t}</option>
                      ))}
                    </select>
                  </td>
                  <td className="py-1">
                    <input
                      aria-label={`Value of ${k}`}
                      value={s.value}
                      placeholder={/List$/.test(s.type) ? "comma-separated values" : ""}
                      onChange={(e) => onChange(k, { ...s, value: e.target.value })}
                      className="w-full rounded border border-aws-border px-2 py-0.5"
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </details>
  );
}
