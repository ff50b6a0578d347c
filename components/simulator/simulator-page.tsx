"use client";
// The IAM Policy Simulator, in the layout of policysim.aws.amazon.com (observability-spec §2.1): mode,
// the Users, Groups, and Roles selector with the Policies pane (or the Policy Sandbox), and on the
// right Select service / Select actions, Run Simulation, Global Settings and the Action Settings and
// Results table. Policies are included, excluded and edited here only; nothing is saved.
import { useMemo, useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { ErrorAlert } from "@/components/ui/error-alert";
import { PageHeader } from "@/components/ui/page-header";
import type { ConsoleMatch } from "@/lib/iam/simulate/console";
import type { StatementSpan } from "@/lib/iam/simulate/positions";
import { ActionPicker } from "./action-picker";
import { runSimulation, useActionSettings, useContextKeys, usePrincipals, useSourcePolicies, type ContextEntry, type PolicyInput, type RunItem, type SimulatorSource } from "./api";
import { CallerSettings } from "./caller-settings";
import { defaultType, GlobalSettings, type ContextSetting } from "./global-settings";
import { PoliciesPane, type PaneEntry } from "./policies-pane";
import { PolicyText } from "./policy-text";
import { PrincipalPicker } from "./principal-picker";
import { ResultsTable } from "./results-table";

export interface SimulatorInitial {
  source?: string;
  action?: string;
  resource?: string;
}

interface SandboxPolicy {
  id: string;
  name: string;
  type: "identity" | "boundary";
  document: string;
  included: boolean;
}

const EMPTY_POLICY = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:ListAllMyBuckets", Resource: "*" }] }, null, 2);

/** Indented, so that a statement's lines can be highlighted (the text sent is the text shown). */
function indented(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

const KIND_LABEL: Record<SimulatorSource["policies"][number]["kind"], string> = {
  inline: "Inline policy",
  managed: "Managed policy",
  "group-inline": "Inline policy of group",
  "group-managed": "Managed policy of group",
  boundary: "Permissions boundary",
};

/** An assumed-role session ARN (from an event) stands for its role. */
function roleOfSession(arn: string | undefined, roles: { name: string; arn: string }[] | undefined): string | undefined {
  const m = arn && /^arn:aws[\w-]*:sts::\d{12}:assumed-role\/([^/]+)\//.exec(arn);
  if (!m) return arn;
  return roles?.find((r) => r.name === m[1])?.arn ?? arn;
}

function contextEntries(keys: string[], values: Record<string, ContextSetting>): ContextEntry[] {
  return keys.flatMap((k) => {
    const s = values[k];
    if (!s?.value.trim()) return [];
    const list = /List$/.test(s.type);
    return [{ ContextKeyName: k, ContextKeyType: s.type, ContextKeyValues: list ? s.value.split(",").map((v) => v.trim()).filter(Boolean) : [s.value.trim()] }];
  });
}

export function SimulatorPage({ initial }: { initial: SimulatorInitial }) {
  const [mode, setMode] = useState<"existing" | "new">("existing");
  const principals = usePrincipals(mode === "existing");
  const [chosen, setSource] = useState<string | undefined>(initial.source);
  const source = roleOfSession(chosen, principals.data?.roles);
  const sourcePolicies = useSourcePolicies(mode === "existing" && source && !/:assumed-role\//.test(source) ? source : undefined);
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [sandbox, setSandbox] = useState<SandboxPolicy[]>([]);
  const [actions, setActions] = useState<string[]>(initial.action ? [initial.action] : []);
  const [resources, setResources] = useState<Record<string, Record<string, string>>>(
    initial.action && initial.resource ? { [initial.action]: { [/:role\//.test(initial.resource) ? "role" : "resource"]: initial.resource } } : {},
  );
  const [contextValues, setContextValues] = useState<Record<string, ContextSetting>>({});
  const [resourcePolicy, setResourcePolicy] = useState({ include: false, text: "" });
  const [includeScps, setIncludeScps] = useState(true);
  const [callerSettings, setCallerSettings] = useState({ callerArn: "", resourceOwner: "" });
  const [viewing, setViewing] = useState<{ id: string; highlight: StatementSpan[] } | undefined>();
  const [editing, setEditing] = useState(false);
  const run = useMutation({ mutationFn: runSimulation });

  const chooseSource = (arn: string) => {
    setSource(arn);
    setExcluded(new Set());
    setEdits({});
    setViewing(undefined);
    run.reset();
  };

  const stored = useMemo(() => sourcePolicies.data?.policies ?? [], [sourcePolicies.data]);
  const textOf = (id: string): string | undefined => {
    const s = stored.find((p) => p.id === id);
    if (s) return edits[id] ?? indented(s.document);
    return sandbox.find((p) => p.id === id)?.document;
  };
  const isCustom = (id: string) => sandbox.some((p) => p.id === id);
  const custom: PolicyInput[] = sandbox.filter((p) => p.included).map(({ id, name, type, document }) => ({ id, name, type, document }));
  // Existing Policies mode adds the custom policies to the principal's. A custom boundary goes first:
  // it replaces the principal's own, as PermissionsBoundaryPolicyInputList overrides the attached one
  // [DOC API_SimulatePrincipalPolicy], and the server keeps the first boundary sent.
  const included: PolicyInput[] =
    mode === "existing"
      ? [
          ...custom.filter((p) => p.type === "boundary"),
          ...stored.filter((p) => !excluded.has(p.id)).map((p): PolicyInput => ({ id: p.id, name: p.name, type: p.kind === "boundary" ? "boundary" : "identity", document: textOf(p.id) ?? "" })),
          ...custom.filter((p) => p.type !== "boundary"),
        ]
      : custom;
  const items: RunItem[] = actions.map((action) => ({ action, resources: Object.values(resources[action] ?? {}).filter((v) => v.trim() && v.trim() !== "*") }));
  const settings = useActionSettings(actions);
  const settingsByAction = useMemo(() => new Map((settings.data?.actions ?? []).map((a) => [a.action.toLowerCase(), a])), [settings.data]);
  const ready = mode === "new" || Boolean(sourcePolicies.data);
  const keys = useContextKeys(
    { source: mode === "existing" ? sourcePolicies.data?.source.arn : undefined, policies: included.map(({ type, document }) => ({ type, document })), items },
    ready && !editing,
  );
  const allKeys = [...(keys.data?.ContextKeyNames ?? []), ...(keys.data?.TrustContextKeyNames ?? [])];
  const isUser = mode === "new" || sourcePolicies.data?.source.kind === "user";

  const customEntries: PaneEntry[] = sandbox.map((p) => ({ id: p.id, name: p.name, label: p.type === "boundary" ? "Custom permissions boundary" : "Custom policy", included: p.included, edited: false }));
  const entries: PaneEntry[] =
    mode === "existing"
      ? [
          ...stored.map((p) => ({ id: p.id, name: p.name, label: `${KIND_LABEL[p.kind]}${p.group ? ` ${p.group}` : ""}`, included: !excluded.has(p.id), edited: edits[p.id] !== undefined })),
          ...customEntries,
        ]
      : customEntries;
  const toggleCustom = (id: string, on: boolean) => setSandbox((s) => s.map((p) => (p.id === id ? { ...p, included: on } : p)));
  // "Create New Policy" in both modes (spec §2.1): a custom policy or, by its type, a custom boundary.
  const createPolicy = (
    <Button
      onClick={() => {
        const id = `sandbox-${Date.now().toString(36)}`;
        setSandbox((s) => [...s, { id, name: `Policy ${s.length + 1}`, type: "identity", document: EMPTY_POLICY, included: true }]);
        setViewing({ id, highlight: [] });
        setEditing(true);
      }}
    >
      Create New Policy
    </Button>
  );

  const results = run.data?.results;
  const trustDoc = (id: string) => results?.find((r) => r.assumeRole?.trustPolicyId === id)?.assumeRole;
  const viewed = viewing && (textOf(viewing.id) !== undefined ? { title: entries.find((e) => e.id === viewing.id)?.name ?? viewing.id, text: textOf(viewing.id)!, editable: true } : undefined);
  const viewedTrust = viewing && !viewed ? trustDoc(viewing.id) : undefined;

  const onShow = (m: ConsoleMatch) => {
    if (m.span) setViewing({ id: m.policyId, highlight: [m.span] });
    setEditing(false);
  };
  const simulate = () =>
    run.mutate({
      source: mode === "existing" ? sourcePolicies.data?.source.arn : undefined,
      policies: included,
      items,
      resourcePolicy: isUser && resourcePolicy.include && resourcePolicy.text.trim() ? resourcePolicy.text : undefined,
      context: contextEntries(allKeys, contextValues),
      includeScps,
      callerArn: callerSettings.callerArn.trim() || undefined,
      resourceOwner: callerSettings.resourceOwner.trim() || undefined,
    });

  const resourcePolicyField = isUser ? (
    <div className="mt-2 text-sm">
      <label className="flex items-center gap-2">
        <input type="checkbox" checked={resourcePolicy.include} onChange={(e) => setResourcePolicy((r) => ({ ...r, include: e.target.checked }))} />
        Include Resource Policy
      </label>
      {resourcePolicy.include && (
        <textarea
          aria-label="Resource policy"
          value={resourcePolicy.text}
          onChange={(e) => setResourcePolicy((r) => ({ ...r, text: e.target.value }))}
          className="mt-1 h-32 w-full rounded border border-aws-border p-1 font-mono text-xs"
        />
      )}
    </div>
  ) : undefined;

  return (
    <div>
      <PageHeader title="IAM Policy Simulator">
        <label className="flex items-center gap-2 text-sm">
          <span className="font-bold">Mode</span>
          <select
            aria-label="Mode"
            value={mode}
            onChange={(e) => {
              setMode(e.target.value as "existing" | "new");
              setViewing(undefined);
              run.reset();
            }}
            className="rounded-lg border-2 border-aws-border px-2 py-1"
          >
            <option value="existing">Existing Policies</option>
            <option value="new">New Policy</option>
          </select>
        </label>
      </PageHeader>
      <div className="grid gap-4 lg:grid-cols-[minmax(260px,1fr)_2fr]">
        <div className="flex flex-col gap-4">
          {mode === "existing" ? (
            <>
              <PrincipalPicker data={principals.data} error={principals.error} loading={principals.isLoading} value={source} onChange={chooseSource} />
              <PoliciesPane
                title="Policies"
                entries={entries}
                loading={sourcePolicies.isLoading}
                error={sourcePolicies.error}
                empty={source ? "This principal has no policies." : "Select a user, group or role."}
                onToggle={(id, on) =>
                  isCustom(id) ? toggleCustom(id, on) : setExcluded((s) => (on ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])))
                }
                onView={(id) => {
                  setViewing({ id, highlight: [] });
                  setEditing(false);
                }}
                actions={createPolicy}
              />
            </>
          ) : (
            <PoliciesPane
              title="Policy Sandbox"
              entries={entries}
              empty="Create a policy to simulate it."
              onToggle={toggleCustom}
              onView={(id) => {
                setViewing({ id, highlight: [] });
                setEditing(true);
              }}
              actions={createPolicy}
            />
          )}
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={includeScps} onChange={(e) => setIncludeScps(e.target.checked)} />
            AWS Organizations SCPs
          </label>
        </div>
        <div className="flex flex-col gap-4">
          {(viewed || viewedTrust) && (
            <Container
              title={viewed ? `Policy: ${viewed.title}` : `Trust policy: ${viewedTrust!.roleArn.split("/").pop()}`}
              actions={
                <>
                  {viewed && (
                    <Button onClick={() => setEditing((e) => !e)}>{editing ? "Done editing" : "Edit"}</Button>
                  )}
                  {viewed && edits[viewing!.id] !== undefined && (
                    <Button onClick={() => setEdits(({ [viewing!.id]: _gone, ...rest }) => rest)}>Reset</Button>
                  )}
                  <Button onClick={() => setViewing(undefined)}>Close</Button>
                </>
              }
              description={viewed ? "Edits apply to this simulation only; nothing is saved." : "The role's trust policy, as the trust side evaluated it."}
            >
              {viewed && isCustom(viewing!.id) && editing && (
                <div className="mb-2 flex gap-2 text-sm">
                  <input
                    aria-label="Policy name"
                    value={viewed.title}
                    onChange={(e) => setSandbox((s) => s.map((p) => (p.id === viewing!.id ? { ...p, name: e.target.value } : p)))}
                    className="rounded border border-aws-border px-2"
                  />
                  <select
                    aria-label="Policy type"
                    value={sandbox.find((p) => p.id === viewing!.id)?.type}
                    onChange={(e) => setSandbox((s) => s.map((p) => (p.id === viewing!.id ? { ...p, type: e.target.value as SandboxPolicy["type"] } : p)))}
                    className="rounded border border-aws-border"
                  >
                    <option value="identity">Custom policy</option>
                    <option value="boundary">Custom permissions boundary</option>
                  </select>
                </div>
              )}
              <PolicyText
                label={viewed ? `Policy document ${viewed.title}` : "Trust policy document"}
                text={viewed ? viewed.text : viewedTrust!.trustDocument}
                highlight={editing ? [] : viewing!.highlight}
                editing={Boolean(viewed) && editing}
                onChange={(text) =>
                  !isCustom(viewing!.id)
                    ? setEdits((e) => ({ ...e, [viewing!.id]: text }))
                    : setSandbox((s) => s.map((p) => (p.id === viewing!.id ? { ...p, document: text } : p)))
                }
              />
            </Container>
          )}
          <Container title="Policy Simulator">
            <ActionPicker selected={actions} onChange={setActions} />
            <div className="mt-3 flex flex-wrap gap-2">
              <Button variant="primary" onClick={simulate} loading={run.isPending} disabled={actions.length === 0 || (mode === "existing" && !sourcePolicies.data)}>
                Run Simulation
              </Button>
              <Button onClick={() => run.reset()} disabled={!results}>
                Clear Results
              </Button>
            </div>
            {Boolean(run.error) && <ErrorAlert className="mt-3" error={run.error} />}
            <div className="mt-3">
              <GlobalSettings
                keys={keys.data?.ContextKeyNames ?? []}
                trustKeys={keys.data?.TrustContextKeyNames ?? []}
                values={contextValues}
                loading={keys.isLoading && ready}
                onChange={(k, s) => setContextValues((v) => ({ ...v, [k]: s.type ? s : { ...s, type: defaultType(k) } }))}
              />
            </div>
            <div className="mt-3">
              <CallerSettings value={callerSettings} onChange={setCallerSettings} />
            </div>
          </Container>
          <Container title="Action Settings and Results" counter={`[${actions.length} actions selected. ${actions.filter((a) => !results?.some((r) => r.action.toLowerCase() === a.toLowerCase())).length} actions not simulated.]`}>
            <ResultsTable
              actions={actions}
              settings={settingsByAction}
              results={results}
              resources={resources}
              onResourceChange={(action, type, arn) => setResources((r) => ({ ...r, [action]: { ...r[action], [type]: arn } }))}
              resourcePolicy={resourcePolicyField}
              onShow={onShow}
            />
          </Container>
        </div>
      </div>
    </div>
  );
}
