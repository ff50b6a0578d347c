// Standalone node:http server for the wire endpoint, without Next.js (profiling, benchmarks):
// SANDBOX_DATA_DIR=<dir> PORT=3199 npx tsx lib/wire/serve.ts
import { createServer } from "node:http";
import { nodeListener } from "@/lib/aws-query";
import { createAwsEndpoint } from "./endpoint";

const port = Number(process.env.PORT ?? 3199);
const server = createServer(nodeListener(createAwsEndpoint()));
server.keepAliveTimeout = 60_000;
server.listen(port, "127.0.0.1", () => console.log(`aws endpoint on http://127.0.0.1:${port}/api/aws`));
