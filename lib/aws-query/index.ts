// Public surface of the Query wire-protocol layer (no IAM/STS knowledge lives here).

export { type QueryParams, parseForm, memberList, stringList, mapEntries, hasParam, uriEncode } from "./form";
export {
  ParamReader,
  type StringRule,
  type IntRule,
  memberPath,
  violation,
  validationErrors,
  requireString,
  optionalString,
  optionalInt,
  optionalBool,
} from "./params";
export { QUERY_SERVICES, type QueryService, serviceForVersion, namespaceFor, isQueryService } from "./services";
export {
  verifySigV4,
  invalidTokenMessage,
  SIGNATURE_MISMATCH,
  MAX_SKEW_MS,
  type SigV4Request,
  type SigV4Auth,
  type StoredCredential,
  type CredentialLookup,
  type HeaderBag,
} from "./sigv4";
export { successXml, errorXml, elementXml, escapeXml, isoSeconds, requestId, encodePolicyDocument, type XmlValue } from "./xml";
export {
  createQueryHandler,
  fetchHandlerFor,
  recordCall,
  queryErrorResponse,
  createQueryCore,
  type QueryHandler,
  type QueryCore,
  type QueryRequest,
  type QueryResponse,
  type QueryHandlerOptions,
  type ActionTable,
  type QueryAction,
  type UnsignedAction,
  type CallMeta,
  type CallRecord,
  type WireService,
  WIRE_SECURITY_HEADERS,
  type CallNotes,
} from "./handler";
export { queryInput } from "./request-input";
export { nodeListener, toFetchRequest, writeFetchResponse } from "./node-adapter";
