"use client";
// The Monaco editor itself (loaded lazily by policy-editor.tsx, so pages without an editor ship no
// Monaco code). Findings become markers at their exact line/column.
// Uncontrolled on purpose (training-spec §11.3): @monaco-editor/react's controlled `value` rewrites the
// whole model whenever a render's value differs from it, and a render whose effect runs a keystroke
// late wrote stale text over the new characters (fast typing lost a third of them). Here the model
// owns the text; `value` is written into it only when it is an external edit (Add statement, the
// statement panel), never when it is the editor's own text coming back.
import Editor, { type OnMount } from "@monaco-editor/react";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { Finding } from "@/lib/policy/types";
import { prefersReducedMotion } from "@/components/ui/reduced-motion";
import { useBusy } from "@/components/ui/settled";
import { useColorScheme } from "@/components/ui/use-color-scheme";
import { EchoTracker } from "./echo-tracker";
import { monaco } from "./monaco-setup";

const SEVERITY = {
  ERROR: monaco.MarkerSeverity.Error,
  SECURITY_WARNING: monaco.MarkerSeverity.Warning,
  WARNING: monaco.MarkerSeverity.Warning,
  SUGGESTION: monaco.MarkerSeverity.Info,
} as const;

/** Monaco's textbox: the EditContext div (role=textbox) or, without EditContext, its textarea (not the hidden IME one). */
function textboxes(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('[role="textbox"], textarea:not([aria-hidden="true"])')];
}

export default function MonacoJsonEditor({
  value,
  onChange,
  ariaLabel,
  findings,
  height,
  readOnly,
  onCursorOffset,
}: {
  value: string;
  onChange: (v: string) => void;
  ariaLabel: string;
  findings: Finding[];
  height: number;
  readOnly?: boolean;
  /** Where the user put the cursor, as an offset into the text it was put in. */
  onCursorOffset?: (offset: number, text: string) => void;
}) {
  const editorRef = useRef<Parameters<OnMount>[0] | null>(null);
  const cursorRef = useRef(onCursorOffset);
  const changeRef = useRef(onChange);
  useEffect(() => {
    cursorRef.current = onCursorOffset;
    changeRef.current = onChange;
  }, [onCursorOffset, onChange]);
  const [initialValue] = useState(value);
  const [echoes] = useState(() => new EchoTracker());
  // Monaco's textbox exists before onMount has hooked its change listener; a keystroke then would
  // reach the model but not the page, and the page's stale value would later be written back over
  // it. So the editor is read-only until onMount has run, and its textbox says so: aria-readonly
  // (Chromium's EditContext textbox is a div Monaco gives no readonly state; a textarea also gets
  // `readonly` from domReadOnly), which assistive tech and Playwright's toBeEditable read.
  const [ready, setReady] = useState(false);
  const wrapperRef = useRef<HTMLDivElement>(null);
  const markerRef = useRef<MutationObserver | null>(null);
  useLayoutEffect(() => {
    const wrapper = wrapperRef.current;
    if (!wrapper) return;
    // Mutation records arrive a microtask after Monaco builds its DOM: before any keystroke can. An
    // element can become the textbox after it was added (its role or name set later), so those
    // attributes are watched too; aria-readonly itself is not (setting it would call this again).
    const observer = new MutationObserver(() => textboxes(wrapper).forEach((t) => t.setAttribute("aria-readonly", "true")));
    observer.observe(wrapper, { childList: true, subtree: true, attributes: true, attributeFilter: ["role", "aria-label", "aria-hidden"] });
    markerRef.current = observer;
    return () => observer.disconnect();
  }, []);
  useBusy(!ready);
  // Monaco paints its own colours: its dark theme in the console's dark visual mode.
  const scheme = useColorScheme();

  // An external edit (or one made while Monaco was loading) goes into the model as one undoable edit.
  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model || !echoes.isExternal(value, model.getValue())) return;
    echoes.applyExternal(() => {
      if (editor.getOption(monaco.editor.EditorOption.readOnly)) model.setValue(value);
      else {
        editor.executeEdits("", [{ range: model.getFullModelRange(), text: value, forceMoveMarkers: true }]);
        editor.pushUndoStop();
      }
    });
  }, [value, ready, echoes]);

  const options = useMemo(
    () => ({
      ariaLabel,
      readOnly: readOnly || !ready,
      // domReadOnly: a textarea textbox (no EditContext) carries `readonly` too.
      domReadOnly: readOnly || !ready,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fontSize: 13,
      tabSize: 4,
      // Typed JSON (people and Playwright alike) should arrive exactly as typed.
      autoClosingBrackets: "never" as const,
      autoClosingQuotes: "never" as const,
      formatOnType: false,
      automaticLayout: true,
      // Under reduced motion (and in demos, which run with it) the caret does not blink, so two
      // screenshots of the same state are the same picture.
      cursorBlinking: prefersReducedMotion() ? ("solid" as const) : ("blink" as const),
    }),
    [ariaLabel, readOnly, ready],
  );

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    monaco.editor.setModelMarkers(
      model,
      "access-analyzer",
      findings.flatMap((f) =>
        f.locations.map((l) => ({
          severity: SEVERITY[f.findingType],
          message: f.findingDetails,
          code: f.issueCode,
          startLineNumber: l.span.start.line,
          startColumn: l.span.start.column,
          endLineNumber: l.span.end.line,
          endColumn: Math.max(l.span.end.column, l.span.start.column + 1),
        })),
      ),
    );
  }, [findings, ready]);

  return (
    <div ref={wrapperRef} data-testid="policy-editor" data-ready={ready ? "true" : undefined} className="overflow-hidden rounded-lg border-2 border-aws-border">
      <Editor
        theme={scheme === "dark" ? "vs-dark" : "light"}
        height={height}
        language="json"
        defaultValue={initialValue}
        onMount={(editor) => {
          editorRef.current = editor;
          editor.onDidChangeModelContent(() => {
            const text = editor.getValue();
            if (echoes.emitted(text)) changeRef.current(text);
          });
          editor.onDidChangeCursorPosition((e) => {
            // Only the user's own moves select a statement: the cursor jump when the panel rewrites
            // the whole text (source "api"/"modelChange") must not drop the selection it just edited.
            const model = editor.getModel();
            if (!model || (e.source !== "mouse" && e.source !== "keyboard")) return;
            cursorRef.current?.(model.getOffsetAt(e.position), model.getValue());
          });
          // Editable now, in the same task as the listeners above (not a render later): data-ready,
          // set by the next render, never shows on an editor that would still refuse keystrokes.
          markerRef.current?.disconnect();
          editor.updateOptions({ readOnly: !!readOnly, domReadOnly: !!readOnly });
          const root = editor.getDomNode();
          if (root) textboxes(root).forEach((t) => (readOnly ? t.setAttribute("aria-readonly", "true") : t.removeAttribute("aria-readonly")));
          setReady(true);
        }}
        options={options}
      />
    </div>
  );
}
