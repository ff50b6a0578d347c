"use client";
// Unified Settings' "Display" container: the visual mode (Browser default, Light, Dark) with Edit,
// a radio group and Save settings. The saved mode is applied by the server (the page's <html> class),
// so the change shows at once and on every later page without a flash.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Container, KeyValue } from "@/components/ui/container";
import { useFlash } from "@/components/ui/flashbar";
import { RadioChoices } from "@/components/ui/radio-choices";
import { VISUAL_MODES, VISUAL_MODE_LABELS, type VisualMode } from "@/lib/console-settings/visual-modes";
import { saveVisualMode } from "@/app/(console)/settings/actions";

const HINTS: Record<VisualMode, string> = {
  browser: "Use the light or dark mode your browser or operating system asks for.",
  light: "The console is shown with light backgrounds.",
  dark: "The console is shown with dark backgrounds.",
};

export function DisplaySettings({ mode }: { mode: VisualMode }) {
  const [editing, setEditing] = useState(false);
  const [choice, setChoice] = useState(mode);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const { push } = useFlash();

  const save = () =>
    startTransition(async () => {
      const result = await saveVisualMode(choice);
      if (!result.ok) return setError(result.message);
      setError(null);
      setEditing(false);
      push({ type: "success", content: "Display settings updated." });
      router.refresh();
    });

  return (
    <Container
      title="Display"
      info="unified-settings"
      actions={
        !editing && (
          <Button
            onClick={() => {
              setChoice(mode);
              setEditing(true);
            }}
          >
            Edit
          </Button>
        )
      }
    >
      {editing ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <RadioChoices
            legend="Visual mode"
            name="visual-mode"
            options={VISUAL_MODES}
            label={(m) => VISUAL_MODE_LABELS[m]}
            hint={(m) => HINTS[m]}
            value={choice}
            onChange={setChoice}
          />
          {error && (
            <p role="alert" className="mt-2 text-aws-red">
              {error}
            </p>
          )}
          <div className="mt-4 flex justify-end gap-2">
            <Button variant="link" onClick={() => setEditing(false)}>
              Cancel
            </Button>
            <Button variant="primary" type="submit" disabled={pending}>
              Save settings
            </Button>
          </div>
        </form>
      ) : (
        <dl data-testid="visual-mode">
          <KeyValue label="Visual mode">{VISUAL_MODE_LABELS[mode]}</KeyValue>
        </dl>
      )}
    </Container>
  );
}
