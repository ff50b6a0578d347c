"use client";
// The "Edit statement" panel beside the JSON editor (console-spec §3.1(e), §6.3). It never holds a
// copy of the policy: each button runs a statement-edits function on the parsed text and hands the
// re-serialised document back to the editor, so validation sees every change.
import { useMemo, useState } from "react";
import type { PolicyType } from "@/lib/policy/types";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { AddConditionModal } from "./add-condition-modal";
import { AddPrincipalModal } from "./add-principal-modal";
import { AddResourceModal } from "./add-resource-modal";
import {
  addActions,
  addCondition,
  addPrincipal,
  addResource,
  addStatement,
  formatPolicyText,
  hasAction,
  parsePolicy,
  removeAction,
  statementsOf,
  updateStatement,
  type StatementJson,
} from "./statement-edits";
import { COMMON_CONDITION_KEYS, parseActions, STS_TRUST_ACTIONS } from "./statement-options";

type Dialog = "principal" | "resource" | "condition" | null;

export function StatementPanel({
  policyType,
  value,
  selected,
  onSelect,
  onChange,
}: {
  policyType: PolicyType;
  value: string;
  selected: number | null;
  onSelect: (index: number | null) => void;
  onChange: (text: string) => void;
}) {
  const doc = useMemo(() => parsePolicy(value), [value]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const candidate = doc && selected !== null ? statementsOf(doc)[selected] : undefined;
  const statement = typeof candidate === "object" && candidate !== null && !Array.isArray(candidate) ? (candidate as StatementJson) : undefined;
  const trust = policyType === "trust";
  const takesPrincipal = trust || policyType === "resource";

  const apply = (fn: (s: StatementJson) => StatementJson) => {
    if (doc && selected !== null) onChange(formatPolicyText(updateStatement(doc, selected, fn)));
  };
  const addNew = () => {
    if (!doc) return;
    const added = addStatement(doc, policyType);
    onChange(formatPolicyText(added.doc));
    onSelect(added.index);
  };
  const addNewButton = (
    <Button onClick={addNew} disabled={!doc} className="mt-3">
      + Add new statement
    </Button>
  );

  return (
    <aside aria-label="Edit statement" className="rounded-lg border border-aws-divider p-3 text-sm">
      <h3 className="mb-2 text-base font-bold">Edit statement</h3>
      {selected !== null && !doc ? (
        <p className="text-aws-muted">Fix the JSON syntax errors to edit this statement.</p>
      ) : !statement ? (
        <div>
          <p className="font-bold">Select a statement</p>
          <p className="text-aws-muted">Select an existing statement in the policy or add a new statement.</p>
          {addNewButton}
        </div>
      ) : (
        <div className="grid gap-4">
          <p className="font-bold" aria-label="Selected statement">
            {typeof statement.Sid === "string" && statement.Sid ? statement.Sid : `Statement ${selected! + 1}`}
          </p>
          {trust ? (
            <fieldset>
              <legend className="mb-1 font-bold">Add actions for STS</legend>
              {STS_TRUST_ACTIONS.map((action) => (
                <label key={action} className="flex items-center gap-2">
                  <input
                    type="checkbox"
                    checked={hasAction(statement, action)}
                    onChange={(e) => apply((s) => (e.target.checked ? addActions(s, [action]) : removeAction(s, action)))}
                  />
                  {action.slice(4)}
                </label>
              ))}
            </fieldset>
          ) : (
            <AddActionsForm onAdd={(actions) => apply((s) => addActions(s, actions))} />
          )}
          {takesPrincipal && (
            <PanelSection title="Add a principal">
              <Button onClick={() => setDialog("principal")}>Add a principal</Button>
            </PanelSection>
          )}
          {!trust && (
            <PanelSection title="Add a resource">
              <Button onClick={() => setDialog("resource")}>Add a resource</Button>
            </PanelSection>
          )}
          <PanelSection title="Add a condition">
            <Button onClick={() => setDialog("condition")}>Add a condition</Button>
          </PanelSection>
          <div className="border-t border-aws-divider">{addNewButton}</div>
        </div>
      )}
      {dialog === "principal" && (
        <AddPrincipalModal onClose={() => setDialog(null)} onAdd={(element, v) => apply((s) => addPrincipal(s, element, v))} />
      )}
      {dialog === "resource" && <AddResourceModal onClose={() => setDialog(null)} onAdd={(arn) => apply((s) => addResource(s, arn))} />}
      {dialog === "condition" && (
        <AddConditionModal
          suggestions={trust ? COMMON_CONDITION_KEYS.trust : COMMON_CONDITION_KEYS.other}
          onClose={() => setDialog(null)}
          onAdd={(c) => apply((s) => addCondition(s, c))}
        />
      )}
    </aside>
  );
}

function PanelSection({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section>
      <h4 className="mb-1 font-bold">{title}</h4>
      {children}
    </section>
  );
}

/** Free-text actions: there is no service catalogue route for the browser, so the format is checked here and the names by validation. */
function AddActionsForm({ onAdd }: { onAdd: (actions: string[]) => void }) {
  const [text, setText] = useState("");
  const [tried, setTried] = useState(false);
  const actions = parseActions(text);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (!actions) return;
        onAdd(actions);
        setText("");
        setTried(false);
      }}
    >
      <h4 className="mb-1 font-bold">Add actions</h4>
      <TextField
        label="Actions"
        className="mb-2"
        value={text}
        onChange={setText}
        placeholder="s3:GetObject"
        description="Service prefix and action; separate several with commas. Wildcards (*) are allowed."
        error={tried && !actions ? "Enter actions as service:ActionName, for example s3:GetObject." : null}
      />
      <Button type="submit">Add actions</Button>
    </form>
  );
}
