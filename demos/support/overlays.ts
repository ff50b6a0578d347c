// The demo kit's overlays, as HTML for page.screencast.showOverlay (Playwright draws them above the
// page, pointer-events none, in screenshots as in the video): the caption band, the highlight box,
// the chapter card and the terminal card. Fixed fonts and no animation, so shots repeat exactly.
const FONT = "font-family: 'DejaVu Sans', Arial, sans-serif";
const MONO = "font-family: 'DejaVu Sans Mono', monospace";
export const CAPTION_HEIGHT = 52;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The caption band along the bottom edge. */
export function captionHtml(title: string): string {
  return `<div style="position:fixed;left:0;right:0;bottom:0;height:${CAPTION_HEIGHT}px;box-sizing:border-box;padding:0 28px;display:flex;align-items:center;background:rgba(15,27,42,.92);color:#fff;${FONT};font-size:20px;font-weight:600;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;border-top:3px solid #ff9900">${escapeHtml(title)}</div>`;
}

/** An orange box around `rect` (viewport pixels), kept clear of the caption band. */
export function highlightHtml(rect: { x: number; y: number; width: number; height: number }, viewportHeight: number, captionHeight: number): string {
  const pad = 4;
  const top = Math.max(0, Math.round(rect.y - pad));
  const left = Math.max(0, Math.round(rect.x - pad));
  const height = Math.min(Math.round(rect.height + 2 * pad), viewportHeight - captionHeight - top - 3);
  return `<div style="position:fixed;left:${left}px;top:${top}px;width:${Math.round(rect.width + 2 * pad)}px;height:${Math.max(0, height)}px;box-sizing:border-box;border:3px solid #ff9900;border-radius:6px;box-shadow:0 0 0 3px rgba(255,153,0,.35)"></div>`;
}

/** A title card in the middle of a dimmed page. */
export function chapterHtml(title: string, text?: string): string {
  return `<div style="position:fixed;inset:0;background:rgba(15,27,42,.72);display:flex;align-items:center;justify-content:center;${FONT}">
<div style="max-width:760px;background:#fff;border-radius:12px;padding:36px 44px;box-shadow:0 8px 32px rgba(0,0,0,.35)">
<div style="font-size:32px;font-weight:700;color:#0f1b2a">${escapeHtml(title)}</div>
${text ? `<div style="margin-top:14px;font-size:20px;line-height:1.45;color:#414d5c">${escapeHtml(text)}</div>` : ""}
</div></div>`;
}

/** At most `maxLines` lines of at most `width` characters each. */
export function clip(text: string, maxLines = 18, width = 118): string {
  const lines = text.split("\n").map((l) => (l.length > width ? `${l.slice(0, width - 1)}…` : l));
  return lines.length > maxLines ? [...lines.slice(0, maxLines - 1), `… (${lines.length - maxLines + 1} more lines)`].join("\n") : lines.join("\n");
}

/** A terminal window with the command, who ran it, and its output (red when it failed). */
export function terminalHtml(command: string, output: string, code: number, who: string): string {
  const status = code === 0 ? `<span style="color:#7ee787">exit 0</span>` : `<span style="color:#ff7b72">exit ${code}</span>`;
  return `<div style="position:fixed;left:60px;right:60px;top:70px;bottom:${CAPTION_HEIGHT + 16}px;display:flex;flex-direction:column;background:#0d1117;border-radius:10px;box-shadow:0 10px 40px rgba(0,0,0,.5);overflow:hidden;${MONO};font-size:15px;line-height:1.45;color:#e6edf3">
<div style="flex:none;padding:8px 16px;background:#21262d;color:#8b949e;${FONT};font-size:14px;display:flex;justify-content:space-between"><span>Terminal · AWS CLI against the sandbox (--endpoint-url) · ${escapeHtml(who)}</span>${status}</div>
<pre style="margin:0;padding:14px 18px;white-space:pre-wrap;word-break:break-all;overflow:hidden;${MONO}"><span style="color:#ff9900">$</span> ${escapeHtml(clip(command, 6))}
<span style="color:${code === 0 ? "#e6edf3" : "#ff7b72"}">${escapeHtml(clip(output))}</span></pre></div>`;
}
