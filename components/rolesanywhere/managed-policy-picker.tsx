"use client";
// The profile form's managed session policies: search the account's and AWS's managed policies and
// choose some; a session's permissions are the role's intersected with them.
import { useQuery } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { SearchInput } from "@/components/ui/search-input";
import { useDebouncedSearch } from "@/components/ui/use-debounced-search";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";

interface PolicyRow {
  PolicyName: string;
  Arn: string;
  Type: string;
}

export const MAX_MANAGED_POLICIES = 50;
const noop = () => {};

export function ManagedPolicyPicker({ selected, onChange }: { selected: string[]; onChange: (arns: string[]) => void }) {
  const { typed: input, setTyped: setInput, search: debounced } = useDebouncedSearch(300, noop);
  const params = { search: debounced, type: "All", page: 1, pageSize: 10 };
  const policies = useQuery({
    queryKey: queryKeys.policies.list(params),
    queryFn: ({ signal }) =>
      apiFetch<{ Policies: PolicyRow[] }>(`/api/console/policies/list?${new URLSearchParams({ type: "All", search: debounced, pageSize: "10" })}`, { signal }),
    enabled: debounced.length > 0,
  });
  const toggle = (arn: string) => onChange(selected.includes(arn) ? selected.filter((a) => a !== arn) : [...selected, arn]);
  return (
    <div>
      {selected.length > 0 && (
        <ul aria-label="Chosen managed policies" className="mb-3 flex flex-wrap gap-2">
          {selected.map((arn) => (
            <li key={arn} className="inline-flex items-center gap-1 rounded-lg border border-aws-divider px-2 py-0.5 text-sm">
              <span className="font-mono">{arn.slice(arn.lastIndexOf("/") + 1)}</span>
              <Button variant="icon" aria-label={`Remove ${arn}`} onClick={() => toggle(arn)}>
                ✕
              </Button>
            </li>
          ))}
        </ul>
      )}
      <SearchInput label="Search managed policies" value={input} onChange={setInput} placeholder="Search policies by name" />
      {debounced && (
        <ul aria-label="Matching managed policies" className="mt-2 max-h-64 overflow-y-auto">
          {policies.isPending && <li className="text-aws-muted">Loading policies</li>}
          {policies.data?.Policies.length === 0 && <li className="text-aws-muted">No policies match.</li>}
          {policies.data?.Policies.map((p) => (
            <li key={p.Arn}>
              <label className="flex items-center gap-2 py-0.5 text-sm">
                <input type="checkbox" checked={selected.includes(p.Arn)} onChange={() => toggle(p.Arn)} disabled={!selected.includes(p.Arn) && selected.length >= MAX_MANAGED_POLICIES} />
                {p.PolicyName} <span className="text-aws-muted">({p.Type})</span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
