"use client";
// The access graph drawing (browser only: it renders once the graph has been fetched): the server's ELK positions
// (lib/graph/layout.ts), drawn by xyflow at once, fitted whole, or where lib/graph/first-view.ts opens a drawing too large to
// read whole (only what is on screen drawn), with zoom controls and a minimap. Keyboard: Tab reaches every drawn edge and
// node, Enter on an edge opens its explanation, Enter on a node focuses its upstream + downstream,
// arrow keys move along edges (Right/Left) or within a column (Up/Down), Escape clears the focus.
import "@xyflow/react/dist/style.css";
import { Background, Controls, MarkerType, MiniMap, ReactFlow, ReactFlowProvider, useReactFlow, useStoreApi, type Edge, type Node } from "@xyflow/react";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { AccessGraph, GraphLayout } from "@/lib/graph/types";
import { NODE_HEIGHT, NODE_WIDTH, toFlow } from "@/lib/graph/layout-input";
import { boundsOf, firstView } from "@/lib/graph/first-view";
import { decorate, nodeInDirection, placedNodes, type ArrowKey, type ViewState } from "@/lib/graph/view-state";
import { EDGE_TYPES, NODE_TYPES } from "./graph-elements";
import { prefersReducedMotion } from "@/components/ui/reduced-motion";
import { useColorScheme } from "@/components/ui/use-color-scheme";
import { useBusy } from "@/components/ui/settled";

export interface CanvasProps {
  graph: AccessGraph;
  /** The view's positions: only the nodes placed there are drawn. */
  layout: GraphLayout;
  view: ViewState;
  /** A node to bring into view and give keyboard focus (search's Enter); `n` re-triggers the same node. */
  reveal: { ids: string[]; n: number } | null;
  onOpenEdge: (id: string) => void;
  onFocusNode: (id: string | null) => void;
}

function useFlow(graph: AccessGraph, layout: GraphLayout) {
  return useMemo(() => {
    const flow = toFlow(graph, layout, { showDenied: layout.denied });
    const edges = flow.edges.map((e) => ({ ...e, markerEnd: { type: MarkerType.ArrowClosed, color: e.data?.visual.stroke, width: 16, height: 16 } }));
    return { nodes: flow.nodes, edges };
  }, [graph, layout]);
}

// Module-level and memoized props: ReactFlow copies each into its store, and a new object or function
// on every render of the page would re-render every node and edge that reads it.
const ARIA_LABELS = {
  "node.a11yDescription.default": "Press Enter to show what this node can reach and what can reach it; arrow keys move to a neighbour.",
  "edge.a11yDescription.default": "Press Enter to open this edge's explanation.",
};
/**
 * The viewport of the first render, before the fit: zoom 1/2, below CHIP_MIN_ZOOM, so no chip is drawn
 * only to be removed by the fit a moment later.
 */
const FIRST_VIEWPORT = { x: 0, y: 0, zoom: 0.5 };
const FIT = { padding: 0.05 };
/** A resolver in the shape xyflow keeps for fitView()'s promise, calling `then` once resolved. */
function resolverTo(then: () => void) {
  let resolve!: (v: boolean | PromiseLike<boolean>) => void;
  const promise = new Promise<boolean>((r) => (resolve = r));
  void promise.then(then);
  return { promise, resolve, reject: () => {} };
}
const minimapColor = (n: Node) => (n.type === "account" ? "var(--color-aws-divider)" : "#8c8c94");

const nodeSelector = (id: string) => `.react-flow__node[data-id="${CSS.escape(id)}"]`;

/**
 * Focuses a node once it is drawn: in a drawing too large to read whole (lib/graph/first-view.ts) only
 * the nodes on screen are, and a node brought into view is drawn a frame or more later.
 */
function focusWhenDrawn(root: HTMLElement | null, id: string, frames = 60) {
  const el = root?.querySelector<HTMLElement>(nodeSelector(id));
  if (el) el.focus({ preventScroll: true });
  else if (root && frames > 0) requestAnimationFrame(() => focusWhenDrawn(root, id, frames - 1));
}

/** The drawing area's size, known before xyflow's first render: where a drawing opens depends on it. */
function useAreaSize(ref: React.RefObject<HTMLDivElement | null>) {
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el) setSize({ width: el.clientWidth, height: el.clientHeight });
  }, [ref]);
  return size;
}

function Canvas({ graph, layout, view, reveal, onOpenEdge, onFocusNode }: CanvasProps) {
  const laid = useFlow(graph, layout);
  const flow = useReactFlow();
  // xyflow's controls, minimap mask and edge labels have light and dark styles of their own.
  const scheme = useColorScheme();
  const wrapper = useRef<HTMLDivElement>(null);
  const shown = useMemo(() => decorate(laid.nodes, laid.edges, view), [laid, view]);
  const placed = useMemo(() => placedNodes(laid.nodes), [laid]);
  const area = useAreaSize(wrapper);
  const start = useMemo(() => firstView(boundsOf(laid.nodes), placed, NODE_HEIGHT, area ?? { width: 0, height: 0 }, FIT.padding), [laid, placed, area]);
  // A reveal is carried out once, as soon as its nodes are drawn: a later view (the search's own,
  // arriving after Enter) must not pull the focus back from where the keyboard has since moved it.
  const revealed = useRef(0);

  const onNodeClick = useCallback((_: unknown, n: Node) => n.type === "principal" && onFocusNode(n.id), [onFocusNode]);
  const onEdgeClick = useCallback((_: unknown, e: Edge) => onOpenEdge(e.id), [onOpenEdge]);
  const onPaneClick = useCallback(() => onFocusNode(null), [onFocusNode]);

  // The first drawing is fitted by xyflow itself (the fitView prop), at its measuring pass: its
  // ResizeObserver reports every new node once, and measured at the first viewport's zoom 1/2 the
  // handles land on whole pixels where layout-input.ts put them, so no edge moves. Fitted first (to
  // zoom ~0.06), the measurement carried rounding noise that moved every edge, each drawn again.
  // Later drawings (a search's, a query's) are fitted at once. A drawing too large to read whole
  // opens at its first view instead (lib/graph/first-view.ts). Until its fit the drawing is
  // transparent (no flash of the zoomed-in corner) and the page is not settled.
  const store = useStoreApi();
  const [fittedFor, setFittedFor] = useState<object | null>(null);
  const drawnOnce = useRef(false);
  const drawable = laid.nodes.length > 0 && !layout.tooLarge;
  useBusy(drawable && fittedFor !== laid);
  useEffect(() => {
    if (!drawable || !area) return;
    let live = true;
    const fitted = () => live && setFittedFor(laid);
    if (!drawnOnce.current) {
      drawnOnce.current = true;
      // xyflow's fitView() keeps its promise in the store; the prop's queued fit (set by its own effect,
      // which runs before this parent's) resolves the one put there. A drawing opened at its first
      // view is where its first viewport put it.
      if (start.fit && store.getState().fitViewQueued) store.setState({ fitViewResolver: resolverTo(fitted) });
      else fitted();
    } else if (start.fit) void flow.fitView(FIT).then(fitted);
    else void flow.setViewport(start.viewport).then(fitted);
    return () => {
      live = false;
    };
  }, [drawable, area, start, laid, flow, store]);

  useEffect(() => {
    // After the view's own fit, which would otherwise undo the reveal's.
    if (!reveal || reveal.ids.length === 0 || revealed.current === reveal.n || fittedFor !== laid) return;
    const drawn = reveal.ids.filter((id) => laid.nodes.some((n) => n.id === id));
    if (drawn.length === 0) return;
    revealed.current = reveal.n;
    const moved = flow.fitView({ nodes: drawn.map((id) => ({ id })), duration: prefersReducedMotion() ? 0 : 300, maxZoom: 1.1, padding: 0.3 });
    if (reveal.ids.length !== 1) return;
    const root = wrapper.current;
    // Not drawn yet (off screen in a drawing too large to read whole): focused once the move has drawn it.
    if (root?.querySelector(nodeSelector(reveal.ids[0]))) focusWhenDrawn(root, reveal.ids[0]);
    else void moved.then(() => focusWhenDrawn(root, reveal.ids[0]));
  }, [laid, fittedFor, reveal, flow]);

  if (layout.tooLarge) {
    const { nodes, edges, maxNodes, maxEdges, timedOut } = layout.tooLarge;
    const size = `${nodes.toLocaleString()} nodes and ${edges.toLocaleString()} edges`;
    return (
      <p className="p-4 text-aws-muted" role="status">
        {timedOut
          ? `This view has ${size}: too dense to lay out in time.`
          : `This view has ${size}, more than the drawing shows (${maxNodes.toLocaleString()} nodes, ${maxEdges.toLocaleString()} edges).`}{" "}
        Search or run a query to draw part of it, or read every edge in the Table tab.
      </p>
    );
  }

  const onKeyDown = (e: React.KeyboardEvent) => {
    const target = e.target as HTMLElement;
    const edge = target.closest<HTMLElement>(".react-flow__edge");
    const node = target.closest<HTMLElement>(".react-flow__node");
    if (e.key === "Escape") return onFocusNode(null);
    if (e.key === "Enter" || e.key === " ") {
      if (edge?.dataset.id) {
        e.preventDefault();
        onOpenEdge(edge.dataset.id);
      } else if (node?.dataset.id) {
        e.preventDefault();
        onFocusNode(node.dataset.id);
      }
      return;
    }
    if (node?.dataset.id && e.key.startsWith("Arrow")) {
      const next = nodeInDirection(placed, graph.edges, node.dataset.id, e.key as ArrowKey);
      e.preventDefault();
      if (!next) return;
      const at = placed.find((p) => p.id === next);
      // Off screen, so not drawn: brought to the middle first.
      if (at && !wrapper.current?.querySelector(nodeSelector(next))) void flow.setCenter(at.x + NODE_WIDTH / 2, at.y + NODE_HEIGHT / 2, { zoom: flow.getZoom() });
      focusWhenDrawn(wrapper.current, next);
    }
  };

  return (
    <div ref={wrapper} onKeyDown={onKeyDown} className={`h-full w-full ${fittedFor ? "" : "opacity-0"}`}>
      {area && (
        <ReactFlow
          nodes={shown.nodes}
          edges={shown.edges}
          nodeTypes={NODE_TYPES}
          edgeTypes={EDGE_TYPES}
          colorMode={scheme}
          fitView={start.fit}
          fitViewOptions={FIT}
          defaultViewport={start.fit ? FIRST_VIEWPORT : start.viewport}
          onlyRenderVisibleElements={!start.fit}
          minZoom={0.05}
          maxZoom={2}
          nodesDraggable={false}
          nodesConnectable={false}
          elementsSelectable={false}
          nodesFocusable
          edgesFocusable
          onNodeClick={onNodeClick}
          onEdgeClick={onEdgeClick}
          onPaneClick={onPaneClick}
          ariaLabelConfig={ARIA_LABELS}
        >
          {/* The console's own tokens (app/globals.css), which follow the visual mode. */}
          <Background gap={24} color="var(--color-aws-divider)" bgColor="var(--color-aws-surface)" />
          <Controls showInteractive={false} />
          {/* After the first fit: its 200 node shapes are not needed to use the drawing, only to survey it. */}
          {fittedFor && (
            <MiniMap
              pannable
              zoomable
              ariaLabel="Access graph overview"
              bgColor="var(--color-aws-surface)"
              nodeColor={minimapColor}
            />
          )}
        </ReactFlow>
      )}
    </div>
  );
}

export default function GraphCanvas(props: CanvasProps) {
  return (
    <ReactFlowProvider>
      <Canvas {...props} />
    </ReactFlowProvider>
  );
}
