import { afterEach, describe, expect, it } from "vitest";
import { eventVersionFor, iamDate, stsDate, trailTime } from "./formats";

// Formats seen in real records (spec §1.2, observability-spec.md [OBS]); AWS documents the record
// fields at https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
describe("CloudTrail formats", () => {
  afterEach(() => {
    delete process.env.TRAIL_EVENT_VERSION_IAM;
  });

  it("eventTime is seconds-precision UTC with a Z", () => {
    expect(trailTime(new Date("2026-11-22T10:15:03.987Z"))).toBe("2026-11-22T10:15:03Z");
  });

  it("IAM dates: `Aug 1, 2024 1:37:41 PM`", () => {
    expect(iamDate(new Date("2024-08-01T13:37:41Z"))).toBe("Aug 1, 2024 1:37:41 PM");
    expect(iamDate(new Date("2026-11-22T10:01:41Z"))).toBe("Nov 22, 2026 10:01:41 AM");
    expect(iamDate(new Date("2026-01-05T00:07:09Z"))).toBe("Jan 5, 2026 12:07:09 AM");
    expect(iamDate(new Date("2026-12-31T12:00:00Z"))).toBe("Dec 31, 2026 12:00:00 PM");
  });

  it("STS expirations: `Jul 30, 2024, 9:46:15 PM`", () => {
    expect(stsDate(new Date("2024-07-30T21:46:15Z"))).toBe("Jul 30, 2024, 9:46:15 PM");
    expect(stsDate(new Date("2026-11-22T11:15:03Z"))).toBe("Nov 22, 2026, 11:15:03 AM");
  });

  it("eventVersion per source, overridable per source", () => {
    expect(eventVersionFor("sts.amazonaws.com")).toBe("1.11");
    expect(eventVersionFor("iam.amazonaws.com")).toBe("1.09");
    expect(eventVersionFor("signin.amazonaws.com")).toBe("1.08");
    process.env.TRAIL_EVENT_VERSION_IAM = "1.11";
    expect(eventVersionFor("iam.amazonaws.com")).toBe("1.11");
    process.env.TRAIL_EVENT_VERSION_IAM = "garbage";
    expect(eventVersionFor("iam.amazonaws.com")).toBe("1.09");
  });
});
