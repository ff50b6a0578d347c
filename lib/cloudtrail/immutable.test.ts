// Spec §1.1/§1.7 item 7: CloudTrail records are immutable; only the 90-day retention removes them.
// Held on the source: the one prune (lib/data/trail-events.ts) and deleting a whole sandbox with its
// accounts (lib/sandbox/provision.ts) are the only places that delete trail rows, and nothing updates
// one. Event history keeps the past 90 days of events:
// https://docs.aws.amazon.com/awscloudtrail/latest/userguide/view-cloudtrail-events.html
import { describe, expect, it } from "vitest";
import { sourceFiles, sourceText } from "@/lib/testing/source-files";

const files = [...sourceFiles("lib"), ...sourceFiles("app"), ...sourceFiles("components"), ...sourceFiles("scripts")];
const writing = (re: RegExp) => files.filter((f) => re.test(sourceText(f)));

describe("trail records are immutable", () => {
  it("nothing updates a record or its lookup keys", () => {
    expect(writing(/trailEvent(Key)?\.(update|updateMany|upsert)\(|UPDATE\s+"?TrailEvent/i)).toEqual([]);
  });

  it("only the 90-day prune and a sandbox's deletion delete them", () => {
    expect(writing(/trailEvent(Key)?\.delete(Many)?\(|DELETE\s+FROM\s+"?TrailEvent|TRUNCATE[^;]*TrailEvent/i).sort()).toEqual(["lib/data/trail-events.ts", "lib/sandbox/provision.ts"]);
  });
});
