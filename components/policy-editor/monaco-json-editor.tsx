"use client";
// The Monaco editor itself (loaded lazily by policy-editor.tsx, so pages without an editor ship no
// Monaco code). Findings become markers at their exact line/column.
// Uncontrolled on purpose (training-spec §11.3): @monaco-editor/react's controlled `value` rewrites the
// whole model whenever a render's value differs from it, and a render whose effect runs a keystroke
// late wrote stale text over the new characters (fast typing lost a third of them). Here the model
// owns the text; `value` is written into it only when it is an external edit (Add statement, the
// statement panel), never when it is the editor's own text coming back.
import Editor, { type OnMount } from "@monaco-editor/react";
import { useEffect, useMemo, useRef, useState } from "react";
import type { Finding } from "@/lib/policy/types";
import { prefersReducedMotion } from "@/components/ui/reduced-motion";
import { useBusy } from "@/components/ui/settled";
import { EchoTracker } from "./echo-tracker";
import { monaco } from "./monaco-setup";

const SEVERITY = {
  ERROR: monaco.MarkerSeverity.Error,
  SECURITY_WARNING: monaco.MarkerSeverity.Warning,
  WARNING: monaco.MarkerSeverity.Warning,
  SUGGESTION: monaco.MarkerSeverity.Info,
} as const;

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
  // Tests and demos wait for data-ready before typing into the editor.
  const [ready, setReady] = useState(false);
  useBusy(!ready);

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
      readOnly,
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
    [ariaLabel, readOnly],
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
    <div data-testid="policy-editor" data-ready={ready ? "true" : undefined} className="overflow-hidden rounded-lg border-2 border-aws-border">
      <Editor
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
          setReady(true);
        }}
        options={options}
      />
    </div>
  );
}
