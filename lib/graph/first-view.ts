// Where a drawing opens (graph-canvas.tsx). Fitted whole, a 200-node graph is drawn at zoom ~0.06,
// where a node's 13 px name is under 1 px: nothing on it can be read or aimed at, and the browser
// still builds every node and edge. A drawing that would fit only below MIN_FIT_ZOOM opens instead at
// READABLE_ZOOM, left-aligned where the layering starts (providers and services, then the identity
// account), on the stretch of that screen's width that holds the most principals (ELK centres each
// column on the tallest, so the drawing's top-left corner is mostly empty). Only what is on screen is
// drawn; the minimap and the Fit view control give the whole, search and the arrow keys bring any
// node into view.

/** Below this zoom a node's name (13 px) is under 4 px on screen. */
export const MIN_FIT_ZOOM = 0.3;
/** A node's name at ~10 px, and requirement chips drawn (graph-elements.tsx CHIP_MIN_ZOOM 0.6). */
export const READABLE_ZOOM = 0.75;
/** The screen margin kept left of and above the stretch a drawing opens on, in pixels. */
const CORNER_MARGIN = 16;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}
export type FirstView = { fit: true } | { fit: false; viewport: Viewport };

/** The box around top-level nodes (account boxes hold their members). */
export function boundsOf(nodes: Array<{ position: { x: number; y: number }; width?: number; height?: number; parentId?: string }>): Box | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const n of nodes) {
    if (n.parentId) continue;
    minX = Math.min(minX, n.position.x);
    minY = Math.min(minY, n.position.y);
    maxX = Math.max(maxX, n.position.x + (n.width ?? 0));
    maxY = Math.max(maxY, n.position.y + (n.height ?? 0));
  }
  return minX === Infinity ? null : { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/**
 * The zoom at which `bounds` fits `screen` with `padding` (a fraction of the screen kept free on each
 * side). xyflow's fitView keeps a little less (w − w/(1 + padding) in all), so at the threshold this
 * errs towards opening readable.
 */
export function fitZoom(bounds: Box, screen: { width: number; height: number }, padding: number): number {
  const width = screen.width * (1 - 2 * padding);
  const height = screen.height * (1 - 2 * padding);
  return Math.min(width / Math.max(bounds.width, 1), height / Math.max(bounds.height, 1));
}

/**
 * @param principals the principals' top-left corners, absolute
 * @param nodeHeight a principal's height
 */
export function firstView(
  bounds: Box | null,
  principals: Array<{ x: number; y: number }>,
  nodeHeight: number,
  screen: { width: number; height: number },
  padding: number,
): FirstView {
  if (!bounds || screen.width <= 0 || screen.height <= 0 || fitZoom(bounds, screen, padding) >= MIN_FIT_ZOOM) return { fit: true };
  const zoom = READABLE_ZOOM;
  const across = (screen.width - CORNER_MARGIN) / zoom;
  const down = (screen.height - 2 * CORNER_MARGIN) / zoom - nodeHeight;
  const ys = principals
    .filter((p) => p.x < bounds.x + across)
    .map((p) => p.y)
    .sort((a, b) => a - b);
  // The topmost of the windows `down` tall that hold the most principals' tops (two pointers over the sorted tops).
  let top = bounds.y;
  let most = 0;
  for (let first = 0, last = 0; first < ys.length; first++) {
    while (last < ys.length && ys[last] <= ys[first] + down) last++;
    if (last - first > most) {
      most = last - first;
      top = ys[first];
    }
  }
  return { fit: false, viewport: { zoom, x: CORNER_MARGIN - bounds.x * zoom, y: CORNER_MARGIN - top * zoom } };
}
