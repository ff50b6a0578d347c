// Test support: a TCP port free right now on 127.0.0.1 (bound, then released) — for a child server
// to listen on, or, left unused, a port where nothing answers.
import { createServer } from "node:net";

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on("error", reject);
  });
}
