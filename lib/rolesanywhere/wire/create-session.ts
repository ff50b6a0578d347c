// POST /sessions at the wire endpoint: IAM Roles Anywhere's CreateSession, signed with the workload's
// X.509 key (AWS4-X509-RSA-SHA256 / AWS4-X509-ECDSA-SHA256) rather than an access key. The signature
// is verified with the certificate the request carries (X-Amz-X509); lib/rolesanywhere/create-session.ts
// does the rest. Answers 201 with the credentialSet; refusals are AccessDeniedException (403).
// The call is logged in the trust anchor's account (CloudTrail eventSource rolesanywhere.amazonaws.com).
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/userguide/authentication-sign-process.html
import { X509Certificate } from "node:crypto";
import { deniedByRule } from "@/lib/authz/access-denied";
import type { Caller } from "@/lib/authz/caller";
import { type CallRecord, type QueryCore, type QueryRequest, WIRE_SECURITY_HEADERS, recordCall, requestId as newRequestId } from "@/lib/aws-query";
import { MAX_SKEW_MS } from "@/lib/aws-query/sigv4";
import { parseJsonInput } from "@/lib/aws-json/handler";
import { isAwsError } from "@/lib/errors";
import { validation } from "../common";
import { SERVICE_PRINCIPAL, createSession, type SessionAttempt } from "../create-session";
import { parseAmzDate, parseX509Authorization, serialDecimal, SIGNING_NAME, verifyX509Signature } from "../x509-signature";
import { errorResponse, operationPath, unexpected } from "./handler";
import { optInt, optString } from "./input";
import { realTimeMs, serverNow } from "@/lib/server-now";

// [OBS] AWS's sentence for a signature that does not verify.
const invalidSignature = () => deniedByRule("Invalid signature");

function certificateFrom(b64: string): X509Certificate {
  try {
    return new X509Certificate(Buffer.from(b64.trim(), "base64"));
  } catch {
    throw validation("Invalid certificate in X-Amz-X509 header.");
  }
}

/** The signed request's certificate and chain, once its X.509 signature verifies. */
function verifiedCertificate(req: QueryRequest, rawPath: string, search: string, now: Date): { certificate: X509Certificate; chain: X509Certificate[]; region: string } {
  const auth = parseX509Authorization(req.headers.get("authorization") ?? undefined);
  if (!auth || auth.service !== SIGNING_NAME || auth.terminator !== "aws4_request") throw invalidSignature();
  const longDate = req.headers.get("x-amz-date") ?? "";
  const signedAt = parseAmzDate(longDate);
  if (!signedAt || longDate.slice(0, 8) !== auth.date8) throw invalidSignature();
  // [INF] the 15-minute window of SigV4, with its wording.
  // Signers date requests by the machine's clock, not the sandbox's (lib/server-now.ts).
  if (Math.abs(signedAt.getTime() - realTimeMs(now)) > MAX_SKEW_MS) throw deniedByRule("Signature expired");
  for (const required of ["host", "x-amz-date", "x-amz-x509"]) if (!auth.signedHeaders.includes(required)) throw invalidSignature();
  const x509 = req.headers.get("x-amz-x509");
  if (!x509) throw invalidSignature();
  const certificate = certificateFrom(x509);
  const chainHeader = req.headers.get("x-amz-x509-chain");
  if (chainHeader && !auth.signedHeaders.includes("x-amz-x509-chain")) throw invalidSignature();
  const chain = chainHeader ? chainHeader.split(",").filter((s) => s.trim() !== "").map(certificateFrom) : [];
  if (auth.serial !== serialDecimal(certificate.serialNumber)) throw invalidSignature();
  const paths = [...new Set([operationPath(rawPath), rawPath])];
  if (!verifyX509Signature({ method: req.method, paths, query: search, headers: req.headers, body: req.body, auth, certificate })) throw invalidSignature();
  return { certificate, chain, region: auth.region };
}

export function createSessionCore(options: {
  onCall?: (record: CallRecord<Caller>) => void | Promise<void>;
  now?: () => Date;
  logError?: (message: string, error: unknown) => void;
}): QueryCore {
  const clock = options.now ?? (() => serverNow());
  const logError = options.logError ?? ((message, error) => console.error(message, error));

  return async function handleCreateSession(req: QueryRequest) {
    const rid = newRequestId();
    const now = clock();
    const q = req.url.indexOf("?");
    const rawPath = q === -1 ? req.url : req.url.slice(0, q);
    const search = q === -1 ? "" : req.url.slice(q);
    const userAgent = req.headers.get("user-agent") ?? undefined;
    const record: CallRecord<Caller> = { requestId: rid, status: 201, service: "rolesanywhere", action: "CreateSession", sourceIp: req.sourceIp, userAgent, receivedAt: now };
    const attempt: SessionAttempt = {};
    let response;
    try {
      if (req.method !== "POST") throw validation(`${req.method} is not supported for /sessions.`);
      const { certificate, chain, region } = verifiedCertificate(req, rawPath, search, now);
      record.region = region;
      // The members may come in the query string (as the signing helper sends them) or the body.
      const body = parseJsonInput(req.body);
      const query = Object.fromEntries(new URLSearchParams(search));
      const member = (name: string) => optString(query, name) ?? optString(body, name);
      const duration = query.durationSeconds !== undefined ? Number(query.durationSeconds) : optInt(body, "durationSeconds");
      const input = {
        profileArn: member("profileArn"),
        roleArn: member("roleArn"),
        trustAnchorArn: member("trustAnchorArn"),
        durationSeconds: duration,
        roleSessionName: member("roleSessionName"),
      };
      record.request = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
      const result = await createSession({ ...input, certificate, chain, sourceIp: req.sourceIp, userAgent, region, now }, attempt);
      record.result = result;
      response = { status: 201, headers: { "Content-Type": "application/json", "x-amzn-RequestId": rid, ...WIRE_SECURITY_HEADERS }, body: JSON.stringify(result) };
    } catch (error) {
      const err = isAwsError(error) ? error : unexpected(error, "CreateSession", rid, logError);
      const out = errorResponse(err, rid);
      record.exception = error;
      record.errorCode = out.code;
      record.errorMessage = err.message;
      record.status = out.status;
      response = out.response;
    }
    // Logged in the trust anchor's account, by the service on the workload's behalf [INF].
    if (attempt.accountId) {
      record.attributedTo = { accountId: attempt.accountId, principalArn: attempt.subjectArn ?? SERVICE_PRINCIPAL };
      record.notes = { actor: { kind: "service", accountId: attempt.accountId, invokedBy: SERVICE_PRINCIPAL } };
    }
    await recordCall(options.onCall, record, logError);
    return response;
  };
}
