// `npm run demo -- <name…> [--no-video] [--video-of <name>]… [--headed] [--slow <ms>] [--no-build]`, `--list`, `--all`.
import { parseArgs } from "node:util";

export const USAGE = "usage: npm run demo -- <name>… | --all | --list  [--no-video [--video-of <name>]…] [--headed] [--slow <ms>] [--no-build]";

export interface DemoArgs {
  names: string[];
  list: boolean;
  all: boolean;
  video: boolean;
  /** Demos recorded even under --no-video (CI: every demo's storyboard, one video). */
  videoOf: string[];
  headed: boolean;
  /** Extra milliseconds of hold after every step (and Playwright's slowMo). */
  slowMs: number;
  /** Skip the stale-build check (CI runs right after `next build`). */
  build: boolean;
}

/** The parsed command line, or an Error whose message says what is wrong (with the usage). */
export function parseDemoArgs(argv: string[], known: string[]): DemoArgs | Error {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        list: { type: "boolean", default: false },
        all: { type: "boolean", default: false },
        "no-video": { type: "boolean", default: false },
        "video-of": { type: "string", multiple: true, default: [] },
        headed: { type: "boolean", default: false },
        slow: { type: "string" },
        "no-build": { type: "boolean", default: false },
      },
    });
  } catch (error) {
    return new Error(`${(error as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const slowMs = values.slow === undefined ? 0 : Number(values.slow);
  if (!Number.isInteger(slowMs) || slowMs < 0) return new Error(`--slow takes a whole number of milliseconds\n${USAGE}`);
  const names = values.all ? [...known] : positionals.map((n) => n.replace(/\.demo\.ts$/, "").replace(/^demos\//, ""));
  if (!values.list) {
    if (values.all && positionals.length) return new Error(`--all takes no names\n${USAGE}`);
    if (!names.length) return new Error(USAGE);
    const unknown = [...names, ...values["video-of"]].filter((n) => !known.includes(n));
    if (unknown.length) return new Error(`no such demo: ${unknown.join(", ")} (npm run demo -- --list)`);
  }
  return { names, list: values.list, all: values.all, video: !values["no-video"], videoOf: values["video-of"], headed: values.headed, slowMs, build: !values["no-build"] };
}
