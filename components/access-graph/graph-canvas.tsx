"use client";
// The access graph drawing (loaded with next/dynamic, ssr: false): ELK's layout from the worker,
// drawn by xyflow with fit view, zoom controls and a minimap. Keyboard: Tab reaches every edge and
// node, Enter on an edge opens its explanation, Enter on a node focuses its upstream + downstream,
// arrow keys move along edges (Right/Left) or within a column (Up/Down), Escape clears the focus.
import "@xyflow/react/dist/style.css";
import { Background, Controls, MarkerType, MiniMap, ReactFlow, ReactFlowProvider, useReactFlow } from "@xyflow/react";
import { useEffect, useMemo, useRef, useState } from "react";
import type { AccessGraph } from "@/lib/graph/types";
import { toElkGraph, toFlow, type FlowEdge, type FlowNode, type GraphFilter } from "@/lib/graph/layout-input";
import { decorate, nodeInDirection, placedNodes, type ArrowKey, type ViewState } from "@/lib/graph/view-state";
import { EDGE_TYPES, NODE_TYPES } from "./graph-elements";
import { layoutInWorker } from "./layout-client";
import { prefersReducedMotion } from "@/components/ui/reduced-motion";

export interface CanvasProps {
  graph: AccessGraph;
  filter: GraphFilter;
  view: ViewState;
  /** A node to bring into view and give keyboard focus (search's Enter); `n` re-triggers the same node. */
  reveal: { ids: string[]; n: number } | null;
  onOpenEdge: (id: string) => void;
  onFocusNode: (id: string | null) => void;
}

type Laid = { nodes: FlowNode[]; edges: FlowEdge[] };

function useLayout(graph: AccessGraph, filter: GraphFilter) {
  const [state, setState] = useState<{ laid?: Laid; error?: string; ms?: number }>({});
  useEffect(() => {
    let live = true;
    const start = performance.now();
    layoutInWorker(toElkGraph(graph, filter)).then(
      (laidOut) => {
        if (!live) return;
        const flow = toFlow(graph, laidOut, filter);
        const edges = flow.edges.map((e) => ({ ...e, markerEnd: { type: MarkerType.ArrowClosed, color: e.data?.visual.stroke, width: 16, height: 16 } }));
        setState({ laid: { nodes: flow.nodes, edges }, ms: Math.round(performance.now() - start) });
      },
      (err: Error) => live && setState({ error: err.message }),
    );
    return () => {
      live = false;
    };
  }, [graph, filter]);
  return state;
}

const nodeSelector = (id: string) => `.react-flow__node[data-id="${CSS.escape(id)}"]`;

function Canvas({ graph, filter, view, reveal, onOpenEdge, onFocusNode }: CanvasProps) {
  const { laid, error, ms } = useLayout(graph, filter);
  const flow = useReactFlow();
  const wrapper = useRef<HTMLDivElement>(null);
  const shown = useMemo(() => (laid ? decorate(laid.nodes, laid.edges, view) : null), [laid, view]);
  const placed = useMemo(() => (laid ? placedNodes(laid.nodes) : []), [laid]);

  useEffect(() => {
    if (!laid || !reveal || reveal.ids.length === 0) return;
    void flow.fitView({ nodes: reveal.ids.map((id) => ({ id })), duration: prefersReducedMotion() ? 0 : 300, maxZoom: 1.1, padding: 0.3 });
    if (reveal.ids.length === 1) wrapper.current?.querySelector<HTMLElement>(nodeSelector(reveal.ids[0]))?.focus({ preventScroll: true });
  }, [laid, reveal, flow]);

  useEffect(() => {
    if (laid) void flow.fitView({ padding: 0.05 });
  }, [laid, flow]);

  if (error) return <p role="alert" className="p-4 text-aws-red">{error}</p>;
  if (!shown) {
    return (
      <p className="p-4 text-aws-muted" role="status">
        Laying out {graph.nodes.length} nodes…
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
      if (next) wrapper.current?.querySelector<HTMLElement>(nodeSelector(next))?.focus();
    }
  };

  return (
    <div ref={wrapper} onKeyDown={onKeyDown} className="h-full w-full" data-layout-ms={ms}>
      <ReactFlow
        nodes={shown.nodes}
        edges={shown.edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        fitView
        minZoom={0.05}
        maxZoom={2}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        nodesFocusable
        edgesFocusable
        onNodeClick={(_, n) => n.type === "principal" && onFocusNode(n.id)}
        onEdgeClick={(_, e) => onOpenEdge(e.id)}
        onPaneClick={() => onFocusNode(null)}
        ariaLabelConfig={{
          "node.a11yDescription.default": "Press Enter to show what this node can reach and what can reach it; arrow keys move to a neighbour.",
          "edge.a11yDescription.default": "Press Enter to open this edge's explanation.",
        }}
      >
        <Background gap={24} color="#e9ebed" />
        <Controls showInteractive={false} />
        <MiniMap pannable zoomable ariaLabel="Access graph overview" nodeColor={(n) => (n.type === "account" ? "#e9ebed" : "#8c8c94")} />
      </ReactFlow>
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
