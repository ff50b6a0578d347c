// Motion that CSS cannot switch off (JS-driven animations: a canvas pan, Monaco's caret blink) asks
// here; CSS transitions and animations stop under the media query in app/globals.css.
export function prefersReducedMotion(): boolean {
  return typeof window !== "undefined" && window.matchMedia?.("(prefers-reduced-motion: reduce)").matches === true;
}
