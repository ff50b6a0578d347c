// The demo video (training spec §9, the route verified here): page.screencast's JPEG frames piped
// to Debian's ffmpeg (image2pipe mjpeg → H.264 yuv420p MP4). The screencast sends a frame only
// when the page changes, so a timer writes the latest frame at a steady 25 fps: the video lasts
// as long as the run. Nothing of Playwright's own ffmpeg (~/.cache/ms-playwright) is needed.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import type { Page } from "@playwright/test";

export const FFMPEG = process.env.DEMO_FFMPEG ?? "/usr/bin/ffmpeg";
export const FPS = 25;

export function ffmpegAvailable(bin = FFMPEG): boolean {
  return existsSync(bin);
}

/** ffmpeg's arguments: JPEGs on stdin at `fps` → H.264 1280×720 yuv420p in `file`. */
export function ffmpegArgs(file: string, fps = FPS, size = { width: 1280, height: 720 }): string[] {
  return [
    "-hide_banner", "-loglevel", "error", "-y",
    "-f", "image2pipe", "-framerate", String(fps), "-c:v", "mjpeg", "-i", "-",
    // Frames arrive at the viewport's size; the scale only guards an odd-sized frame (yuv420p needs even).
    "-vf", `scale=${size.width}:${size.height}`,
    "-c:v", "libx264", "-preset", "veryfast", "-crf", "26", "-pix_fmt", "yuv420p", "-r", String(fps),
    "-movflags", "+faststart",
    file,
  ];
}

/** How many frames are due `elapsedMs` into the recording. */
export function framesDue(elapsedMs: number, fps = FPS): number {
  return Math.floor((Math.max(0, elapsedMs) * fps) / 1000);
}

export class FrameRecorder {
  private ffmpeg: ChildProcess | null = null;
  private last: Buffer | null = null;
  private written = 0;
  private timer: NodeJS.Timeout | null = null;
  private t0 = 0;
  private stderr = "";

  constructor(private readonly file: string, private readonly fps = FPS) {}

  /** Starts ffmpeg and the screencast; `t0` (performance.now()) is the video's time zero. */
  async start(page: Page, t0: number): Promise<void> {
    this.t0 = t0;
    const ffmpeg = spawn(FFMPEG, ffmpegArgs(this.file, this.fps), { stdio: ["pipe", "ignore", "pipe"] });
    ffmpeg.stderr?.on("data", (d: Buffer) => (this.stderr += d.toString()));
    // A dying ffmpeg must not crash the run through an EPIPE: stop() reports it.
    ffmpeg.stdin?.on("error", () => undefined);
    this.ffmpeg = ffmpeg;
    const { width, height } = page.viewportSize() ?? { width: 1280, height: 720 };
    await page.screencast.start({ onFrame: ({ data }) => void (this.last = data), size: { width, height }, quality: 85 });
    this.timer = setInterval(() => this.catchUp(performance.now()), 1000 / this.fps);
  }

  /** Writes the latest frame until the video is as long as the time since t0. */
  private catchUp(now: number): void {
    if (!this.last || !this.ffmpeg?.stdin?.writable) return;
    const due = framesDue(now - this.t0, this.fps);
    for (; this.written < due; this.written++) this.ffmpeg.stdin.write(this.last);
  }

  /** Stops the screencast and ffmpeg; the video's length in milliseconds. */
  async stop(page: Page): Promise<number> {
    if (this.timer) clearInterval(this.timer);
    this.catchUp(performance.now());
    await page.screencast.stop().catch(() => undefined);
    const ffmpeg = this.ffmpeg;
    if (!ffmpeg) return 0;
    const code = await new Promise<number | null>((resolve) => {
      ffmpeg.once("exit", (c) => resolve(c));
      ffmpeg.stdin?.end();
    });
    if (code !== 0) throw new Error(`ffmpeg exited with ${code}: ${this.stderr.trim()}`);
    return Math.round((this.written * 1000) / this.fps);
  }
}
