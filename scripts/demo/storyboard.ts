// What a demo run leaves in demo-output/<name>/ besides the video and the shots: storyboard.md and
// storyboard.html (one shot, caption and time per step), captions.vtt (the captions, timed to the
// video) and manifest.json (steps, timings, commit, versions). Pure text builders plus one writer.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export type StepKind = "step" | "chapter" | "cli";

export interface StoryStep {
  /** 1-based, in the order shown. */
  n: number;
  kind: StepKind;
  title: string;
  /** A chapter's text, or a CLI step's command and output. */
  text?: string;
  /** Relative to the output directory: shots/NN-slug.png. */
  shot: string;
  /** From the start of the recording. */
  startMs: number;
  endMs: number;
}

export interface DemoManifest {
  name: string;
  title: string;
  /** SANDBOX_CLOCK: the instant the sandbox and the browser start from. */
  clock: string;
  idSeed: string;
  commit: string;
  versions: Record<string, string>;
  viewport: { width: number; height: number };
  video: { file: string; fps: number; durationMs: number } | null;
  durationMs: number;
  steps: StoryStep[];
}

/** "Expand Why?" → "expand-why" (at most 48 characters). */
export function slugify(title: string): string {
  const slug = title
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/, "");
  return slug || "step";
}

export function shotPath(n: number, title: string): string {
  return `shots/${String(n).padStart(2, "0")}-${slugify(title)}.png`;
}

/** 00:01:02.345 (WebVTT's hh:mm:ss.ttt). */
export function vttTime(ms: number): string {
  const t = Math.max(0, Math.round(ms));
  const h = Math.floor(t / 3_600_000);
  const m = Math.floor((t % 3_600_000) / 60_000);
  const s = Math.floor((t % 60_000) / 1000);
  const pad = (v: number, w = 2) => String(v).padStart(w, "0");
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(t % 1000, 3)}`;
}

/** m:ss for people. */
export function clockTime(ms: number): string {
  const s = Math.floor(Math.max(0, ms) / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

/** WebVTT cue text may not hold "-->" nor a blank line; & and < are escaped. */
function cueText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/-->/g, "--&gt;").replace(/\n\s*\n/g, "\n");
}

export function captionsVtt(steps: StoryStep[]): string {
  const cues = steps.map((s) => `${s.n}\n${vttTime(s.startMs)} --> ${vttTime(Math.max(s.endMs, s.startMs + 1))}\n${cueText(s.title)}\n`);
  return `WEBVTT\n\n${cues.join("\n")}`;
}

const KIND_LABEL: Record<StepKind, string> = { step: "", chapter: "Chapter: ", cli: "CLI: " };

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function storyboardMarkdown(m: DemoManifest): string {
  const lines = [`# ${m.title}`, "", `Demo \`${m.name}\` · ${m.steps.length} steps · ${clockTime(m.durationMs)} · commit ${m.commit.slice(0, 12)}`, ""];
  if (m.video) lines.push(`Video: [${m.video.file}](${m.video.file})`, "");
  for (const s of m.steps) {
    lines.push(`## ${s.n}. ${KIND_LABEL[s.kind]}${s.title} (${clockTime(s.startMs)})`, "", `![${s.title.replace(/[[\]]/g, "")}](${s.shot})`, "");
    if (s.text) lines.push("```", s.text.replace(/```/g, "'''"), "```", "");
  }
  return lines.join("\n");
}

export function storyboardHtml(m: DemoManifest): string {
  const steps = m.steps
    .map(
      (s) => `<section>
<h2>${s.n}. ${escapeHtml(KIND_LABEL[s.kind] + s.title)} <small>${clockTime(s.startMs)}</small></h2>
<img src="${escapeHtml(s.shot)}" alt="${escapeHtml(s.title)}" width="640">
${s.text ? `<pre>${escapeHtml(s.text)}</pre>` : ""}
</section>`,
    )
    .join("\n");
  const video = m.video ? `<video src="${escapeHtml(m.video.file)}" controls width="960"><track kind="captions" src="captions.vtt" srclang="en" label="English" default></video>` : "";
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(m.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:1000px;margin:2rem auto;padding:0 1rem}img{border:1px solid #ccc;max-width:100%}pre{background:#0f1b2a;color:#e9ebed;padding:.75rem;overflow-x:auto;white-space:pre-wrap}small{color:#5f6b7a;font-weight:normal}</style>
</head>
<body>
<h1>${escapeHtml(m.title)}</h1>
<p>Demo <code>${escapeHtml(m.name)}</code> · ${m.steps.length} steps · ${clockTime(m.durationMs)} · commit ${escapeHtml(m.commit.slice(0, 12))}</p>
${video}
${steps}
</body>
</html>
`;
}

/** Writes storyboard.md, storyboard.html, captions.vtt and manifest.json into `dir`. */
export function writeStoryboard(dir: string, m: DemoManifest): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "storyboard.md"), storyboardMarkdown(m));
  writeFileSync(path.join(dir, "storyboard.html"), storyboardHtml(m));
  writeFileSync(path.join(dir, "captions.vtt"), captionsVtt(m.steps));
  writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(m, null, 2) + "\n");
}
