import { describe, expect, it } from "vitest";
import { boundsOf, firstView, fitZoom, MIN_FIT_ZOOM, READABLE_ZOOM } from "./first-view";

const SCREEN = { width: 1100, height: 630 };
const node = (x: number, y: number, extra: { width?: number; height?: number; parentId?: string } = {}) => ({ position: { x, y }, width: 180, height: 44, ...extra });

describe("boundsOf", () => {
  it("spans top-level nodes and account boxes, not the members inside a box (relative positions)", () => {
    expect(boundsOf([node(10, 20), node(400, 900, { width: 300, height: 500 }), node(5, 5, { parentId: "acct" })])).toEqual({ x: 10, y: 20, width: 690, height: 1380 });
  });
  it("is null with nothing placed", () => {
    expect(boundsOf([])).toBeNull();
  });
});

describe("firstView", () => {
  it("fits a drawing that is readable whole (a lab's dozen nodes)", () => {
    const nodes = [node(0, 0), node(600, 0), node(600, 400)];
    const bounds = boundsOf(nodes)!;
    expect(fitZoom(bounds, SCREEN, 0.05)).toBeGreaterThanOrEqual(MIN_FIT_ZOOM);
    expect(firstView(bounds, nodes.map((n) => n.position), 44, SCREEN, 0.05)).toEqual({ fit: true });
  });

  it("opens a drawing that would fit only as specks at a readable zoom, left-aligned, on the stretch holding the most principals", () => {
    // The bench's 200-node organization: ~2,700 × 15,000 px, fitted at ~0.04; its first columns' nodes
    // far down (ELK centres them on the tallest column).
    const bounds = { x: 12, y: 30, width: 2700, height: 15000 };
    expect(fitZoom(bounds, SCREEN, 0.05)).toBeLessThan(MIN_FIT_ZOOM);
    const lone = { x: 12, y: 2723 };
    const cluster = [7000, 7070, 7140, 7210, 7280].map((y) => ({ x: 300, y }));
    // Off to the right of the first screen's width: not counted, however many.
    const farRight = Array.from({ length: 40 }, (_, i) => ({ x: 2500, y: 100 + 70 * i }));
    const view = firstView(bounds, [lone, ...cluster, ...farRight], 44, SCREEN, 0.05);
    expect(view).toEqual({ fit: false, viewport: { zoom: READABLE_ZOOM, x: 16 - 12 * READABLE_ZOOM, y: 16 - 7000 * READABLE_ZOOM } });
  });

  it("of windows holding as many principals, opens on the topmost", () => {
    const bounds = { x: 0, y: 0, width: 1000, height: 20000 };
    const view = firstView(bounds, [{ x: 0, y: 9000 }, { x: 0, y: 3000 }], 44, SCREEN, 0.05);
    expect(view.fit === false && view.viewport.y).toBe(16 - 3000 * READABLE_ZOOM);
  });

  it("the threshold is the fit zoom itself: just above it fits, just below it does not", () => {
    const height = (SCREEN.height * 0.9) / MIN_FIT_ZOOM;
    expect(firstView({ x: 0, y: 0, width: 100, height: height - 1 }, [], 44, SCREEN, 0.05)).toEqual({ fit: true });
    expect(firstView({ x: 0, y: 0, width: 100, height: height + 1 }, [], 44, SCREEN, 0.05).fit).toBe(false);
  });

  it("fits when the screen has no size yet (nothing to judge readability by)", () => {
    expect(firstView({ x: 0, y: 0, width: 100, height: 90_000 }, [], 44, { width: 0, height: 0 }, 0.05)).toEqual({ fit: true });
  });
});
