import { describe, expect, it } from "vitest";
import { ariaSortOf, compareValues, nextSorting, sortItems } from "./sorting";

describe("nextSorting: Cloudscape's header clicks", () => {
  it("flips the sorted column and starts another column ascending", () => {
    expect(nextSorting(undefined, "RoleName")).toEqual({ field: "RoleName", descending: false });
    expect(nextSorting({ field: "RoleName", descending: false }, "RoleName")).toEqual({ field: "RoleName", descending: true });
    expect(nextSorting({ field: "RoleName", descending: true }, "RoleName")).toEqual({ field: "RoleName", descending: false });
    expect(nextSorting({ field: "RoleName", descending: true }, "CreateDate")).toEqual({ field: "CreateDate", descending: false });
  });
  it("puts aria-sort on sortable headers only", () => {
    const s = { field: "RoleName", descending: true };
    expect(ariaSortOf(s, "RoleName")).toBe("descending");
    expect(ariaSortOf({ ...s, descending: false }, "RoleName")).toBe("ascending");
    expect(ariaSortOf(s, "Arn")).toBe("none");
    expect(ariaSortOf(s, undefined)).toBeUndefined();
  });
});

describe("compareValues and sortItems", () => {
  it("orders names ignoring case, like the servers' lower-case name columns", () => {
    const users = ["bob", "Alice", "carol", "alice2"].map((UserName) => ({ UserName }));
    expect(sortItems(users, { field: "UserName", descending: false }).map((u) => u.UserName)).toEqual(["Alice", "alice2", "bob", "carol"]);
    expect(sortItems(users, { field: "UserName", descending: true }).map((u) => u.UserName)).toEqual(["carol", "bob", "alice2", "Alice"]);
  });
  it("orders numbers, booleans and ISO dates by value, and empty values first when ascending", () => {
    expect([10, 9, 100].sort(compareValues)).toEqual([9, 10, 100]);
    expect([true, false].sort(compareValues)).toEqual([false, true]);
    const rows = [{ d: "2026-03-01T00:00:00Z" }, { d: undefined }, { d: "2025-12-31T23:59:59Z" }];
    expect(sortItems(rows, { field: "d", descending: false }).map((r) => r.d)).toEqual([undefined, "2025-12-31T23:59:59Z", "2026-03-01T00:00:00Z"]);
    expect(sortItems(rows, { field: "d", descending: true }).map((r) => r.d)).toEqual(["2026-03-01T00:00:00Z", "2025-12-31T23:59:59Z", undefined]);
  });
  it("keeps equal rows in their order and leaves the input alone", () => {
    const rows = [{ n: 1, k: "a" }, { n: 0, k: "b" }, { n: 1, k: "c" }];
    expect(sortItems(rows, { field: "n", descending: false }).map((r) => r.k)).toEqual(["b", "a", "c"]);
    expect(rows.map((r) => r.k)).toEqual(["a", "b", "c"]);
  });
});
