// Policy ARNs travel as one percent-encoded path segment (/api/console/policies/arn%3Aaws%3A…).
// The zod schema decodes whatever encoding survives routing, so every route sees the plain ARN;
// the domain functions answer InvalidInput / NoSuchEntity for anything that is not a policy ARN.
import { z } from "zod";

function decodeOnce(raw: string): string {
  try {
    return raw.startsWith("arn%3A") || raw.startsWith("arn%3a") ? decodeURIComponent(raw) : raw;
  } catch {
    return raw;
  }
}

export const ZPolicyArnParams = z.object({ arn: z.string().min(1).max(2048).transform(decodeOnce) });
