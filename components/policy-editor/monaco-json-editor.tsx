"use client";
// The Monaco editor itself (loaded lazily by policy-editor.tsx, so pages without an editor ship no
// Monaco code). Findings become markers at their exact line/column.
import Editor, { type OnMount } from "@monaco-editor/react";
import { useEffect, useRef, useState } from "react";
import type { Finding } from "@/lib/policy/types";
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
  useEffect(() => {
    cursorRef.current = onCursorOffset;
  }, [onCursorOffset]);
  // Tests and demos wait for data-ready before typing into the editor.
  const [ready, setReady] = useState(false);

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
        value={value}
        onChange={(v) => onChange(v ?? "")}
        onMount={(editor) => {
          editorRef.current = editor;
          editor.onDidChangeCursorPosition((e) => {
            // Only the user's own moves select a statement: the cursor jump when the panel rewrites
            // the whole text (source "api"/"modelChange") must not drop the selection it just edited.
            const model = editor.getModel();
            if (!model || (e.source !== "mouse" && e.source !== "keyboard")) return;
            cursorRef.current?.(model.getOffsetAt(e.position), model.getValue());
          });
          setReady(true);
        }}
        options={{
          ariaLabel,
          readOnly,
          minimap: { enabled: false },
          scrollBeyondLastLine: false,
          fontSize: 13,
          tabSize: 4,
          // Typed JSON (people and Playwright alike) should arrive exactly as typed.
          autoClosingBrackets: "never",
          autoClosingQuotes: "never",
          formatOnType: false,
          automaticLayout: true,
        }}
      />
    </div>
  );
}
