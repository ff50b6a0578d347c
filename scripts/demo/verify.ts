// Checks a demo's output directory (run after every demo, and by CI through the runner): one shot
// per step, every step in storyboard.md/.html and captions.vtt, and a playable video: H.264,
// 1280×720, as long as the run (±1 s), read back with ffprobe.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { DemoManifest } from "./storyboard";

export const FFPROBE = process.env.DEMO_FFPROBE ?? "/usr/bin/ffprobe";

export interface VideoProbe {
  codec: string;
  width: number;
  height: number;
  durationMs: number;
}

export function probeVideo(file: string): VideoProbe {
  const out = execFileSync(FFPROBE, ["-v", "error", "-select_streams", "v:0", "-show_entries", "stream=codec_name,width,height:format=duration", "-of", "json", file], { encoding: "utf8" });
  const j = JSON.parse(out) as { streams: { codec_name: string; width: number; height: number }[]; format: { duration: string } };
  const s = j.streams[0];
  return { codec: s?.codec_name ?? "none", width: s?.width ?? 0, height: s?.height ?? 0, durationMs: Math.round(Number(j.format.duration) * 1000) };
}

/** What is wrong with the output (empty when nothing is). `probe` is injectable for tests. */
export function verifyOutput(dir: string, probe: (file: string) => VideoProbe = probeVideo): string[] {
  const problems: string[] = [];
  const manifestFile = path.join(dir, "manifest.json");
  if (!existsSync(manifestFile)) return [`${manifestFile} is missing`];
  const m = JSON.parse(readFileSync(manifestFile, "utf8")) as DemoManifest;
  if (!m.steps.length) problems.push("the demo has no steps");
  const read = (f: string) => (existsSync(path.join(dir, f)) ? readFileSync(path.join(dir, f), "utf8") : null);
  const md = read("storyboard.md");
  const html = read("storyboard.html");
  const vtt = read("captions.vtt");
  if (md === null || html === null || vtt === null) problems.push("storyboard.md, storyboard.html or captions.vtt is missing");
  for (const s of m.steps) {
    if (!existsSync(path.join(dir, s.shot))) problems.push(`step ${s.n} (${s.title}): ${s.shot} is missing`);
    if (md !== null && !md.includes(`](${s.shot})`)) problems.push(`step ${s.n}: not in storyboard.md`);
    if (html !== null && !html.includes(`src="${s.shot}"`)) problems.push(`step ${s.n}: not in storyboard.html`);
    if (vtt !== null && !vtt.includes(`\n${s.n}\n`)) problems.push(`step ${s.n}: no cue in captions.vtt`);
  }
  if (m.video) {
    const file = path.join(dir, m.video.file);
    if (!existsSync(file)) problems.push(`${m.video.file} is missing`);
    else {
      const v = probe(file);
      if (v.codec !== "h264") problems.push(`video codec ${v.codec}, not h264`);
      if (v.width !== m.viewport.width || v.height !== m.viewport.height) problems.push(`video is ${v.width}×${v.height}, not ${m.viewport.width}×${m.viewport.height}`);
      if (Math.abs(v.durationMs - m.durationMs) > 1000) problems.push(`video lasts ${v.durationMs} ms, the run ${m.durationMs} ms`);
    }
  }
  return problems;
}
