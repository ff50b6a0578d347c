// The `demo` fixture (training spec §8): demos are Playwright tests that narrate themselves.
// demo.step(title, {highlight}, fn) shows a caption band and a box around the control about to be
// used, takes the storyboard shot, runs the action and holds; demo.chapter shows a title card;
// demo.cli runs Debian's real `aws` against the sandbox and shows a terminal card with the command
// and its output. At the end the fixture writes demo-output/<name>/ (shots, storyboard, captions,
// manifest) and, unless --no-video, the MP4 (scripts/demo/video.ts). The runner (scripts/demo.ts)
// starts the server and passes everything through DEMO_* variables.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { test as base, expect, type Locator, type Page } from "@playwright/test";
import { privateCli, type CliKeys, type CliRun } from "../../e2e/support/cli";
import { identityAdmin } from "../../e2e/support/seed-cli";
import { shotPath, writeStoryboard, type StepKind, type StoryStep } from "../../scripts/demo/storyboard";
import { FFMPEG, FPS, FrameRecorder, ffmpegAvailable } from "../../scripts/demo/video";
import { CAPTION_HEIGHT, captionHtml, chapterHtml, highlightHtml, terminalHtml } from "./overlays";

export { expect };

export const DEMO_CLOCK = process.env.SANDBOX_CLOCK ?? "2026-01-15T10:00:00Z";
/** The server's clock now: DEMO_CLOCK when its process started (the runner says when, DEMO_CLOCK_ORIGIN_MS), plus the time since. */
function serverClockNow(): number {
  const origin = Number(process.env.DEMO_CLOCK_ORIGIN_MS);
  return Date.parse(DEMO_CLOCK) + (origin > 0 ? Date.now() - origin : 0);
}
const OUTPUT_DIR = process.env.DEMO_OUTPUT_DIR ?? path.join(process.cwd(), "demo-output", "unnamed");
const VIDEO = process.env.DEMO_VIDEO === "1";
const SLOW_MS = Number(process.env.DEMO_SLOW_MS ?? 0);
/** After each step: long enough to read in the video, short when only the storyboard is made. */
const HOLD_MS = (VIDEO ? 800 : 100) + SLOW_MS;
/** localStorage keys and cookies that gate first-visit explainers: a demo starts past them. */
const FIRST_VISIT_STORAGE: Record<string, string> = { "iam-switchrole-intro-seen": "1" };
const FIRST_VISIT_COOKIES: Record<string, string> = { "iam-switchrole-intro-seen": "1" };

export interface StepOptions {
  /** The control the step is about: boxed in the shot and the video. */
  highlight?: Locator;
}

export interface CliOptions {
  /** Whose keys (default: the identity account's admin); null runs without credentials. */
  as?: CliKeys | null;
  /** The caption (default: the command). */
  title?: string;
  /** Assert the exit status: "ok" (default) or "fail". */
  expect?: "ok" | "fail";
  /** Who runs it, shown on the card ("identity admin"). */
  who?: string;
}

export interface CliResult extends CliRun {
  /** stdout parsed as JSON, when it is. */
  json: Record<string, unknown>;
}

export interface Demo {
  step(title: string, fn: () => Promise<void>): Promise<void>;
  step(title: string, options: StepOptions, fn: () => Promise<void>): Promise<void>;
  chapter(title: string, text?: string): Promise<void>;
  cli(args: string[], options?: CliOptions): Promise<CliResult>;
  pause(ms: number): Promise<void>;
  /** The sandbox's base URL and data directory (its OIDC signing key, for sandbox:token). */
  baseURL: string;
  dataDir: string;
}

/** Waits for the page to be still: no aria-busy region, main[data-settled] once the app sets it, fonts loaded. */
async function settle(page: Page, state: { settledSeen: boolean }): Promise<void> {
  await page.waitForLoadState("load");
  await page.waitForLoadState("networkidle", { timeout: 5_000 }).catch(() => undefined);
  const hasMain = await page.getByRole("main").count();
  if (hasMain) {
    // main[data-settled] (training spec §11.5) is the app's word; until a page has shown it once,
    // a page without it is taken as settled after networkidle.
    const ok = await page
      .waitForFunction(() => document.querySelector("main[data-settled]") !== null && document.querySelector('[aria-busy="true"]') === null, undefined, {
        timeout: state.settledSeen ? 15_000 : 2_000,
      })
      .then(() => true, () => false);
    if (ok) state.settledSeen = true;
  }
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

function commandLine(args: string[]): string {
  const quote = (a: string) => {
    const shown = a.length > 72 ? `${a.slice(0, 69)}…` : a;
    return /^[\w@%+=:,./-]+$/.test(shown) ? shown : `'${shown.replace(/'/g, "'\\''")}'`;
  };
  return ["aws", ...args.map(quote)].join(" ");
}

export const test = base.extend<{ demo: Demo }>({
  demo: async ({ page, context, browser }, provide, testInfo) => {
    rmSync(OUTPUT_DIR, { recursive: true, force: true });
    mkdirSync(path.join(OUTPUT_DIR, "shots"), { recursive: true });
    const baseURL = testInfo.project.use.baseURL ?? process.env.DEMO_BASE_URL ?? "http://localhost:3000";
    const dataDir = process.env.DEMO_DATA_DIR ?? "";
    const cli = privateCli();
    const steps: StoryStep[] = [];
    const settleState = { settledSeen: false };

    await page.clock.install({ time: serverClockNow() });
    await context.addInitScript((items: Record<string, string>) => {
      for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v);
    }, FIRST_VISIT_STORAGE);
    await context.addCookies(Object.entries(FIRST_VISIT_COOKIES).map(([name, value]) => ({ name, value, url: baseURL })));

    const recorder = VIDEO && ffmpegAvailable() ? new FrameRecorder(path.join(OUTPUT_DIR, "video.mp4")) : null;
    if (VIDEO && !recorder) console.warn(`demo: ${FFMPEG} not found: writing the storyboard only (apt-get install -y ffmpeg)`);
    const t0 = performance.now();
    const since = () => Math.round(performance.now() - t0);
    if (recorder) {
      await recorder.start(page, t0);
      // The cursor, in the video only: it moves between actions and paces them.
      await page.screencast.showActions({ cursor: "pointer", duration: 400, style: { title: "display: none" } });
    }

    let caption: { dispose(): Promise<void> } | null = null;
    const setCaption = async (html: string | null) => {
      await caption?.dispose();
      caption = html ? await page.screencast.showOverlay(html) : null;
    };

    async function record(kind: StepKind, title: string, text: string | undefined, body: (shoot: () => Promise<void>) => Promise<void>) {
      const n = steps.length + 1;
      const step: StoryStep = { n, kind, title, text, shot: shotPath(n, title), startMs: since(), endMs: 0 };
      steps.push(step);
      await base.step(`${kind} ${n}: ${title}`, async () => {
        await body(async () => {
          await page.screenshot({ path: path.join(OUTPUT_DIR, step.shot), animations: "disabled", caret: "hide" });
        });
        step.endMs = since();
      });
    }

    const demo: Demo = {
      baseURL,
      dataDir,
      async step(title: string, a: StepOptions | (() => Promise<void>), b?: () => Promise<void>) {
        const options = typeof a === "function" ? {} : a;
        const fn = typeof a === "function" ? a : b!;
        await record("step", title, undefined, async (shoot) => {
          await setCaption(captionHtml(title));
          await settle(page, settleState);
          let box: { dispose(): Promise<void> } | null = null;
          if (options.highlight) {
            await options.highlight.scrollIntoViewIfNeeded();
            const rect = await options.highlight.boundingBox();
            if (rect) box = await page.screencast.showOverlay(highlightHtml(rect, page.viewportSize()?.height ?? 720, CAPTION_HEIGHT));
          }
          await shoot();
          if (box) {
            if (recorder) await page.waitForTimeout(400);
            await box.dispose();
          }
          await fn();
          await page.waitForTimeout(HOLD_MS);
        });
      },
      async chapter(title, text) {
        await record("chapter", title, text, async (shoot) => {
          await setCaption(null);
          const card = await page.screencast.showOverlay(chapterHtml(title, text));
          await shoot();
          await page.waitForTimeout((VIDEO ? 1800 : 0) + SLOW_MS);
          await card.dispose();
        });
      },
      async cli(args, options = {}) {
        const keys = options.as === undefined ? identityAdmin : options.as;
        const shown = commandLine(args);
        let result: CliResult | null = null;
        await record("cli", options.title ?? shown, "", async (shoot) => {
          await setCaption(options.title ? captionHtml(options.title) : null);
          const run = await cli.run(baseURL, keys, args);
          let json: Record<string, unknown> = {};
          try {
            json = run.stdout.trim() ? (JSON.parse(run.stdout) as Record<string, unknown>) : {};
          } catch {
            // text output: json stays empty
          }
          result = { ...run, json };
          const output = (run.code === 0 ? run.stdout : run.stderr).trim();
          steps[steps.length - 1].text = `$ ${shown}\n${output}`;
          const card = await page.screencast.showOverlay(terminalHtml(shown, output, run.code, options.who ?? (keys === null ? "no credentials" : keys === identityAdmin ? "identity admin" : keys.id)));
          await shoot();
          await page.waitForTimeout((VIDEO ? 2400 : 0) + SLOW_MS);
          await card.dispose();
          if ((options.expect ?? "ok") === "ok") expect(run.code, run.stderr).toBe(0);
          else expect(run.code, run.stdout).not.toBe(0);
        });
        return result!;
      },
      async pause(ms) {
        await page.waitForTimeout(ms + SLOW_MS);
      },
    };

    try {
      await provide(demo);
    } finally {
      await setCaption(null).catch(() => undefined);
      const durationMs = since();
      let video: { file: string; fps: number; durationMs: number } | null = null;
      if (recorder) video = { file: "video.mp4", fps: FPS, durationMs: await recorder.stop(page) };
      writeStoryboard(OUTPUT_DIR, {
        name: process.env.DEMO_NAME ?? path.basename(testInfo.file).replace(/\.demo\.ts$/, ""),
        title: testInfo.title,
        clock: DEMO_CLOCK,
        idSeed: process.env.SANDBOX_ID_SEED ?? "",
        commit: process.env.DEMO_COMMIT ?? "unknown",
        versions: {
          node: process.version,
          playwright: (JSON.parse(readFileSync(path.join(process.cwd(), "node_modules/@playwright/test/package.json"), "utf8")) as { version: string }).version,
          chromium: browser.version(),
          ...(recorder ? { ffmpeg: execFileSync(FFMPEG, ["-version"], { encoding: "utf8" }).split("\n")[0].replace(/^ffmpeg version (\S+).*/, "$1") } : {}),
        },
        viewport: page.viewportSize() ?? { width: 1280, height: 720 },
        video,
        durationMs,
        steps,
      });
    }
  },
});
