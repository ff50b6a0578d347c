// Lists every request parameter the IAM and STS models type `arnType`, as Query parameter names
// (`PolicyArns.member.1.arn`), into lib/aws-query/actions/arn-params.json, which the wire test
// walks. Reads botocore's copy of the AWS models (the JS SDK ships its schemas without shape names):
//   npx tsx scripts/list-arn-params.ts [path/to/botocore/data]
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

type Shape = { type: string; members?: Record<string, { shape: string }>; member?: { shape: string }; required?: string[] };
type Model = { operations: Record<string, { input?: { shape: string } }>; shapes: Record<string, Shape> };

const data =
  process.argv[2] ??
  execFileSync("python3", ["-c", "import botocore, os; print(os.path.join(os.path.dirname(botocore.__file__), 'data'))"], { encoding: "utf8" }).trim();

export interface ArnParam {
  service: "iam" | "sts";
  action: string;
  /** The Query parameter name, list members numbered from 1. */
  param: string;
  required: boolean;
  /** The action's other required members (lists as `Name.member.1`), which a request must carry too. */
  others: string[];
}

function walk(model: Model, shapeName: string, path: string[], top: Shape, out: (param: string, required: boolean) => void, depth = 0): void {
  const shape = model.shapes[shapeName];
  if (depth > 4) return;
  if (shapeName === "arnType") {
    out(path.join("."), path.length === 1 && (top.required ?? []).includes(path[0]));
  } else if (shape.type === "structure") {
    for (const [name, m] of Object.entries(shape.members ?? {})) walk(model, m.shape, [...path, name], top, out, depth + 1);
  } else if (shape.type === "list" && shape.member) {
    walk(model, shape.member.shape, [...path, "member", "1"], top, out, depth + 1);
  }
}

const params: ArnParam[] = [];
for (const [service, version] of [["iam", "2010-05-08"], ["sts", "2011-06-15"]] as const) {
  const model = JSON.parse(gunzipSync(readFileSync(join(data, service, version, "service-2.json.gz"))).toString("utf8")) as Model;
  for (const [action, op] of Object.entries(model.operations).sort(([a], [b]) => a.localeCompare(b))) {
    if (!op.input) continue;
    const top = model.shapes[op.input.shape];
    const requiredNames = (top.required ?? []).map((n) => (model.shapes[top.members![n].shape].type === "list" ? `${n}.member.1` : n));
    walk(model, op.input.shape, [], top, (param, required) => params.push({ service, action, param, required, others: requiredNames.filter((n) => n !== param) }));
  }
}
writeFileSync(new URL("../lib/aws-query/actions/arn-params.json", import.meta.url), `[\n${params.map((p) => `  ${JSON.stringify(p)}`).join(",\n")}\n]\n`);
console.log(`${params.length} arnType parameters`);
