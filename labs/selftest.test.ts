// The per-lab CI self-test (training-spec §2, docs/labs.md), labs at even registry positions; the odd
// ones are in selftest-odd.test.ts, so vitest runs the two halves side by side on stores of their own.
import { vi } from "vitest";
import { describeLabSelfTests } from "./selftest";

vi.mock("server-only", () => ({}));

describeLabSelfTests(0);
