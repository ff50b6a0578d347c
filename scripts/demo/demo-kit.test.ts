// The demo kit's pure parts: the command line, the storyboard/captions/manifest it writes, the
// output check and the video's frame count.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDemoArgs } from "./args";
import { captionsVtt, shotPath, slugify, storyboardHtml, storyboardMarkdown, vttTime, writeStoryboard, type DemoManifest } from "./storyboard";
import { verifyOutput } from "./verify";
import { ffmpegArgs, framesDue } from "./video";

const KNOWN = ["access-denied-why", "switch-role-banner"];

describe("parseDemoArgs", () => {
  it("takes names and the flags", () => {
    expect(parseDemoArgs(["switch-role-banner", "--no-video", "--slow", "250", "--headed"], KNOWN)).toEqual({
      names: ["switch-role-banner"], list: false, all: false, video: false, videoOf: [], headed: true, slowMs: 250, build: true,
    });
  });
  it("accepts a demo's path and --no-build", () => {
    expect(parseDemoArgs(["demos/access-denied-why.demo.ts", "--no-build"], KNOWN)).toMatchObject({ names: ["access-denied-why"], video: true, build: false });
  });
  it("--all runs every demo; --list needs no name", () => {
    expect(parseDemoArgs(["--all"], KNOWN)).toMatchObject({ names: KNOWN, all: true });
    expect(parseDemoArgs(["--list"], KNOWN)).toMatchObject({ list: true, names: [] });
    // CI: every storyboard, and one video.
    expect(parseDemoArgs(["--all", "--no-video", "--video-of", "switch-role-banner"], KNOWN)).toMatchObject({ names: KNOWN, video: false, videoOf: ["switch-role-banner"] });
    expect(String(parseDemoArgs(["--all", "--video-of", "nope"], KNOWN))).toContain("no such demo: nope");
  });
  it("refuses unknown demos, no name, names with --all, a bad --slow and unknown flags", () => {
    expect(String(parseDemoArgs(["nope"], KNOWN))).toContain("no such demo: nope");
    expect(String(parseDemoArgs([], KNOWN))).toContain("usage:");
    expect(String(parseDemoArgs(["--all", "switch-role-banner"], KNOWN))).toContain("--all takes no names");
    expect(String(parseDemoArgs(["switch-role-banner", "--slow", "fast"], KNOWN))).toContain("--slow");
    expect(String(parseDemoArgs(["switch-role-banner", "--video"], KNOWN))).toContain("usage:");
  });
});

const manifest = (over: Partial<DemoManifest> = {}): DemoManifest => ({
  name: "switch-role-banner",
  title: "Switch Role: <the> banner",
  clock: "2026-01-15T10:00:00Z",
  idSeed: "demo",
  commit: "0123456789abcdef0123",
  versions: { node: "v22" },
  viewport: { width: 1280, height: 720 },
  video: null,
  durationMs: 65_400,
  steps: [
    { n: 1, kind: "chapter", title: "Switch Role", text: "alice takes on a role", shot: shotPath(1, "Switch Role"), startMs: 0, endMs: 1800 },
    { n: 2, kind: "step", title: "Expand Why? --> details", shot: shotPath(2, "Expand Why? --> details"), startMs: 1800, endMs: 61_050 },
    { n: 3, kind: "cli", title: "aws sts get-caller-identity", text: "$ aws sts get-caller-identity\n{}", shot: shotPath(3, "aws sts get-caller-identity"), startMs: 61_050, endMs: 65_400 },
  ],
  ...over,
});

describe("storyboard", () => {
  it("names shots NN-slug.png", () => {
    expect(slugify("The blue banner: AWSIAMRoleForRDS @ 111111111111")).toBe("the-blue-banner-awsiamroleforrds-111111111111");
    expect(slugify("¿?")).toBe("step");
    expect(shotPath(7, "Expand Why?")).toBe("shots/07-expand-why.png");
  });
  it("times cues as WebVTT does, and escapes what a cue may not hold", () => {
    expect(vttTime(3_723_045)).toBe("01:02:03.045");
    const vtt = captionsVtt(manifest().steps);
    expect(vtt.startsWith("WEBVTT\n\n1\n00:00:00.000 --> 00:00:01.800\nSwitch Role\n")).toBe(true);
    expect(vtt).toContain("2\n00:00:01.800 --> 00:01:01.050\nExpand Why? --&gt; details\n");
  });
  it("lists every step with its shot and time in Markdown and HTML (escaped)", () => {
    const md = storyboardMarkdown(manifest());
    expect(md).toContain("## 2. Expand Why? --> details (0:01)");
    expect(md).toContain("![Expand Why? --> details](shots/02-expand-why-details.png)");
    expect(md).toContain("## 3. CLI: aws sts get-caller-identity (1:01)");
    const html = storyboardHtml(manifest({ video: { file: "video.mp4", fps: 25, durationMs: 65_400 } }));
    expect(html).toContain("<title>Switch Role: &lt;the&gt; banner</title>");
    expect(html).toContain('<img src="shots/01-switch-role.png"');
    expect(html).toContain('<video src="video.mp4"');
    expect(html).toContain("<pre>$ aws sts get-caller-identity\n{}</pre>");
  });
});

describe("verifyOutput", () => {
  const dirWith = (m: DemoManifest, shots = true) => {
    const dir = mkdtempSync(path.join(tmpdir(), "demo-out-"));
    writeStoryboard(dir, m);
    mkdirSync(path.join(dir, "shots"));
    if (shots) for (const s of m.steps) writeFileSync(path.join(dir, s.shot), "png");
    return dir;
  };
  it("passes a complete storyboard, and writes the manifest as given", () => {
    const dir = dirWith(manifest());
    expect(verifyOutput(dir)).toEqual([]);
    expect(JSON.parse(readFileSync(path.join(dir, "manifest.json"), "utf8"))).toEqual(manifest());
  });
  it("names missing shots and storyboard steps", () => {
    const dir = dirWith(manifest(), false);
    writeFileSync(path.join(dir, "storyboard.md"), "# nothing");
    const problems = verifyOutput(dir);
    expect(problems).toContain("step 2 (Expand Why? --> details): shots/02-expand-why-details.png is missing");
    expect(problems).toContain("step 3: not in storyboard.md");
  });
  it("checks the video's codec, size and length against the run", () => {
    const m = manifest({ video: { file: "video.mp4", fps: 25, durationMs: 65_400 } });
    const dir = dirWith(m);
    writeFileSync(path.join(dir, "video.mp4"), "");
    expect(verifyOutput(dir, () => ({ codec: "h264", width: 1280, height: 720, durationMs: 66_200 }))).toEqual([]);
    expect(verifyOutput(dir, () => ({ codec: "vp9", width: 1280, height: 720, durationMs: 63_000 }))).toEqual([
      "video codec vp9, not h264",
      "video lasts 63000 ms, the run 65400 ms",
    ]);
  });
});

describe("video", () => {
  it("holds 25 fps: the frames due are the elapsed time's", () => {
    expect(framesDue(0)).toBe(0);
    expect(framesDue(39)).toBe(0);
    expect(framesDue(40)).toBe(1);
    expect(framesDue(10_000)).toBe(250);
    expect(framesDue(-5)).toBe(0);
  });
  it("pipes JPEGs into H.264 yuv420p", () => {
    const args = ffmpegArgs("out.mp4");
    expect(args.join(" ")).toContain("-f image2pipe -framerate 25 -c:v mjpeg -i -");
    expect(args.join(" ")).toContain("-c:v libx264");
    expect(args.join(" ")).toContain("-pix_fmt yuv420p");
    expect(args.at(-1)).toBe("out.mp4");
  });
});
