// Event history's download (spec §1.5): the CSV header, RFC 4180 quoting, formula-cell escaping
// against CSV injection (https://owasp.org/www-community/attacks/CSV_Injection), and the JSON
// download's {"Records":[…]} built from the records' exact text.
import { describe, expect, it } from "vitest";
import { CSV_HEADER, csvCell, eventsCsv, eventsJson } from "./download";
import type { EventRow } from "./event-row";

const row = (over: Partial<EventRow> = {}): EventRow => ({
  eventId: "5e0b7d12-0000-4000-8000-000000000001",
  eventName: "AssumeRole",
  eventTime: "2026-11-22T10:15:03.000Z",
  username: "alice",
  eventSource: "sts.amazonaws.com",
  readOnly: true,
  accessKeyId: "AKIAEXAMPLEALICE0001",
  awsRegion: "us-east-1",
  sourceIPAddress: "203.0.113.10",
  resources: [{ type: "AWS::IAM::Role", name: "arn:aws:iam::111122223333:role/Admin" }],
  cloudTrailEvent: '{"eventVersion":"1.11","eventName":"AssumeRole"}',
  ...over,
});

/** A minimal RFC 4180 reader: the test's own oracle for what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let cell = "";
  let cells: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      cells.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      cells.push(cell);
      rows.push(cells);
      cells = [];
      cell = "";
      i++;
    } else cell += c;
  }
  return rows;
}

describe("CSV download", () => {
  it("writes the spec's header and one CRLF row per event", () => {
    const text = eventsCsv([row()]);
    expect(text.split("\r\n")[0]).toBe(
      "Event ID,Event time,User name,Event name,Resource type,Resource name,AWS access key,AWS region,Error code,Source IP address,Resources",
    );
    const [header, first] = parseCsv(text);
    expect(header).toEqual([...CSV_HEADER]);
    expect(first).toEqual([
      "5e0b7d12-0000-4000-8000-000000000001",
      "2026-11-22T10:15:03Z",
      "alice",
      "AssumeRole",
      "AWS::IAM::Role",
      "arn:aws:iam::111122223333:role/Admin",
      "AKIAEXAMPLEALICE0001",
      "us-east-1",
      "",
      "203.0.113.10",
      '[{"resourceType":"AWS::IAM::Role","resourceName":"arn:aws:iam::111122223333:role/Admin"}]',
    ]);
    expect(text.endsWith("\r\n")).toBe(true);
  });

  it("quotes commas, quotes and line breaks so every row keeps 11 cells", () => {
    const rows = parseCsv(eventsCsv([row({ username: 'bob, "the admin"\r\nsecond line' })]));
    expect(rows).toHaveLength(2);
    expect(rows[1]).toHaveLength(11);
    expect(rows[1][2]).toBe('bob, "the admin"\r\nsecond line');
  });

  it.each([["=HYPERLINK(\"http://evil\")"], ["+1+1"], ["-2+3"], ["@SUM(A1)"], ["\tTAB"], ["\rCR"]])(
    "escapes a cell starting with a formula character: %j",
    (value) => {
      const cell = csvCell(value);
      expect(cell.startsWith("\"'")).toBe(true);
      const [, parsed] = parseCsv(eventsCsv([row({ username: value })]));
      expect(parsed[2]).toBe(`'${value}`);
    },
  );

  it("leaves ordinary cells as they are", () => {
    expect(csvCell("alice")).toBe("alice");
    expect(csvCell("arn:aws:iam::111122223333:user/a=b")).toBe("arn:aws:iam::111122223333:user/a=b");
    expect(csvCell("")).toBe("");
  });

  it("lists several resources in one cell each for types and names, and an empty Resources cell for none", () => {
    const [, withTwo, withNone] = parseCsv(
      eventsCsv([
        row({ resources: [{ type: "AWS::IAM::AccessKey", name: "ASIAX" }, { type: "AWS::IAM::Role", name: "arn:aws:iam::1:role/R" }] }),
        row({ resources: [], username: undefined, accessKeyId: undefined, errorCode: "AccessDenied" }),
      ]),
    );
    expect(withTwo[4]).toBe("AWS::IAM::AccessKey, AWS::IAM::Role");
    expect(withTwo[5]).toBe("ASIAX, arn:aws:iam::1:role/R");
    expect(withNone.slice(4)).toEqual(["", "", "", "us-east-1", "AccessDenied", "203.0.113.10", ""]);
    expect(withNone[2]).toBe("");
  });
});

describe("JSON download", () => {
  it("wraps the records' exact text in {\"Records\":[…]}, key order kept", () => {
    const a = '{"eventVersion":"1.11","userIdentity":{"type":"Root"},"eventTime":"2026-11-22T10:15:03Z"}';
    const b = '{"eventVersion":"1.08","eventName":"ConsoleLogin"}';
    const text = eventsJson([row({ cloudTrailEvent: a }), row({ cloudTrailEvent: b })]);
    expect(text).toBe(`{"Records":[${a},${b}]}`);
    expect(Object.keys((JSON.parse(text) as { Records: object[] }).Records[0])).toEqual(["eventVersion", "userIdentity", "eventTime"]);
    expect(eventsJson([])).toBe('{"Records":[]}');
  });
});
