// The per-lab CI self-test, labs at odd registry positions (the even ones: selftest.test.ts).
import { vi } from "vitest";
import { describeLabSelfTests } from "./selftest";

vi.mock("server-only", () => ({}));

describeLabSelfTests(1);
