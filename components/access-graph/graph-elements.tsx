"use client";
// The drawing's node and edge components (xyflow custom types): principals with their kind and a
// red halo when they reach admin, account boxes, and "can assume" edges in the spec §3.4 styles
// with their requirement chips.
import { BaseEdge, EdgeLabelRenderer, getBezierPath, Handle, Position, useStore, type EdgeProps, type NodeProps, type ReactFlowState } from "@xyflow/react";
import { memo } from "react";
import { nodeKindLabel, type AccountFlowNode, type FlowEdge, type PrincipalFlowNode } from "@/lib/graph/layout-input";

// 4 px whatever the root font size (Tailwind size-1 is 0.25rem): layout-input.ts gives xyflow these handles up front.
const HIDDEN_HANDLE = "!size-[4px] !min-h-0 !min-w-0 !border-0 !bg-transparent";

function PrincipalNodeView({ data }: NodeProps<PrincipalFlowNode>) {
  const { node, dimmed, match, onPath } = data;
  const halo =
    node.admin === "full"
      ? "shadow-[0_0_0_4px_rgba(217,21,21,0.45)]"
      : node.admin === "capped"
        ? "outline-2 outline-offset-2 outline-dashed outline-aws-red"
        : "";
  const border = match ? "border-2 border-aws-blue bg-aws-blue-light" : onPath ? "border-2 border-aws-blue-dark" : "border border-aws-border";
  return (
    <div
      className={`flex h-full w-full flex-col justify-center rounded-lg bg-white px-3 text-left motion-safe:transition-opacity ${border} ${halo} ${dimmed ? "opacity-25" : ""}`}
      title={node.id}
    >
      <Handle type="target" position={Position.Left} className={HIDDEN_HANDLE} isConnectable={false} />
      <span className="text-[11px] leading-4 text-aws-muted">
        {nodeKindLabel(node.kind)}
        {node.admin === "full" && <span className="ml-1 font-bold text-aws-red">admin</span>}
        {node.admin === "capped" && <span className="ml-1 text-aws-red">admin (capped)</span>}
      </span>
      <span className="truncate text-[13px] leading-5 font-bold">{node.label}</span>
      <Handle type="source" position={Position.Right} className={HIDDEN_HANDLE} isConnectable={false} />
    </div>
  );
}

function AccountNodeView({ data }: NodeProps<AccountFlowNode>) {
  const { box, dimmed } = data;
  return (
    <div className={`h-full w-full rounded-2xl border-2 border-[#8c8c94] bg-[#f8f8f8]/80 motion-safe:transition-opacity ${dimmed ? "opacity-40" : ""}`}>
      <Handle type="target" position={Position.Left} className={HIDDEN_HANDLE} isConnectable={false} />
      <div className="px-4 pt-2 text-sm">
        <span className="font-bold">{box.label}</span> <span className="text-aws-muted">{box.accountId}</span>
      </div>
      <Handle type="source" position={Position.Right} className={HIDDEN_HANDLE} isConnectable={false} />
    </div>
  );
}

/**
 * Below this zoom an edge's chips are not drawn: their 10 px text would be under 6 px on screen, and a
 * 200-node overview (zoom ~0.1) would spend hundreds of DOM elements on specks. The edge's accessible
 * name, its explanation and the Table tab carry the requirements at every zoom.
 */
export const CHIP_MIN_ZOOM = 0.6;
const chipsReadable = (s: ReactFlowState) => s.transform[2] >= CHIP_MIN_ZOOM;

function AccessEdgeView({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, markerEnd }: EdgeProps<FlowEdge>) {
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const readable = useStore(chipsReadable);
  if (!data) return null;
  const { visual, dimmed, onPath, edge } = data;
  const style = {
    stroke: visual.stroke,
    strokeDasharray: visual.strokeDasharray,
    strokeWidth: onPath ? 3.5 : visual.variant === "member-of" ? 1.2 : 1.8,
    opacity: dimmed ? 0.12 : 1,
  };
  const pills = [...visual.chips, ...(edge.observed ? [`observed ${edge.observed}×`] : [])];
  return (
    <>
      <BaseEdge id={id} path={path} style={style} markerEnd={markerEnd} interactionWidth={14} />
      {pills.length > 0 && !dimmed && readable && (
        <EdgeLabelRenderer>
          <div
            className="nodrag nopan pointer-events-none absolute flex gap-1"
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            aria-hidden
          >
            {pills.map((p) => (
              <span
                key={p}
                className={`rounded-full border px-1.5 text-[10px] leading-4 whitespace-nowrap ${p.startsWith("observed") ? "border-aws-green bg-[#f2fcf3] text-aws-green" : edge.crossAccount ? "border-[#ec7211] bg-[#fef6ee]" : "border-aws-border bg-white"}`}
              >
                {p}
              </span>
            ))}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

// Memoized: xyflow re-renders every node wrapper once it has measured the drawn nodes (its own
// ResizeObserver pass, whatever sizes it was given), and each wrapper then calls its node again with
// the same props; so does an edge's wrapper. A memo stops that at the wrapper.
export const PrincipalNode = memo(PrincipalNodeView);
export const AccountNode = memo(AccountNodeView);
export const AccessEdge = memo(AccessEdgeView);

export const NODE_TYPES = { principal: PrincipalNode, account: AccountNode };
export const EDGE_TYPES = { access: AccessEdge };
