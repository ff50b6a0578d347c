// AWS error codes as a closed set. The console JSON API and the Query (XML) API render the same
// AwsError, so a denial reads identically in the browser and in the CLI.

export const AWS_ERRORS = {
  AccessDenied: { status: 403, type: "Sender" },
  // CloudTrail's JSON 1.1 protocol (lib/aws-json/, spec observability §1.6): its errors answer HTTP 400.
  AccessDeniedException: { status: 400, type: "Sender" },
  InvalidLookupAttributesException: { status: 400, type: "Sender" },
  InvalidTimeRangeException: { status: 400, type: "Sender" },
  InvalidMaxResultsException: { status: 400, type: "Sender" },
  InvalidNextTokenException: { status: 400, type: "Sender" },
  InvalidEventCategoryException: { status: 400, type: "Sender" },
  UnknownOperationException: { status: 400, type: "Sender" },
  SerializationException: { status: 400, type: "Sender" },
  // Centralized root access (IAM's organization features): the model's shape names are the wire codes.
  AccountNotManagementOrDelegatedAdministratorException: { status: 400, type: "Sender" },
  ConcurrentModification: { status: 409, type: "Sender" },
  DeleteConflict: { status: 409, type: "Sender" },
  // Certificates (the IAM model's awsQueryError statuses).
  DuplicateCertificate: { status: 409, type: "Sender" },
  EntityAlreadyExists: { status: 409, type: "Sender" },
  ExpiredToken: { status: 403, type: "Sender" },
  // STS: a web-identity/SAML token past its exp (not the request credentials' ExpiredToken).
  ExpiredTokenException: { status: 400, type: "Sender" },
  // STS GetDelegatedAccessToken (the SDK's ExpiredTradeInTokenException, HTTP 400).
  ExpiredTradeInTokenException: { status: 400, type: "Sender" },
  IDPCommunicationError: { status: 400, type: "Sender" },
  IDPRejectedClaim: { status: 403, type: "Sender" },
  // Outbound identity federation (IAM Enable/Disable/GetOutboundWebIdentityFederation*, STS GetWebIdentityToken).
  FeatureDisabled: { status: 404, type: "Sender" },
  FeatureEnabled: { status: 409, type: "Sender" },
  JWTPayloadSizeExceededException: { status: 400, type: "Sender" },
  OutboundWebIdentityFederationDisabledException: { status: 403, type: "Sender" },
  SessionDurationEscalationException: { status: 403, type: "Sender" },
  IncompleteSignature: { status: 400, type: "Sender" },
  InvalidAction: { status: 400, type: "Sender" },
  InvalidAuthenticationCode: { status: 403, type: "Sender" },
  // STS DecodeAuthorizationMessage (https://docs.aws.amazon.com/STS/latest/APIReference/API_DecodeAuthorizationMessage.html).
  InvalidAuthorizationMessageException: { status: 400, type: "Sender" },
  InvalidCertificate: { status: 400, type: "Sender" },
  InvalidClientTokenId: { status: 403, type: "Sender" },
  InvalidIdentityToken: { status: 400, type: "Sender" },
  InvalidInput: { status: 400, type: "Sender" },
  InvalidParameterValue: { status: 400, type: "Sender" },
  // SSH public keys and service-specific credentials (the IAM model's codes and statuses).
  DuplicateSSHPublicKey: { status: 400, type: "Sender" },
  InvalidPublicKey: { status: 400, type: "Sender" },
  NotSupportedService: { status: 404, type: "Sender" },
  UnrecognizedPublicKeyEncoding: { status: 400, type: "Sender" },
  InvalidUserType: { status: 400, type: "Sender" },
  KeyPairMismatch: { status: 400, type: "Sender" },
  LimitExceeded: { status: 409, type: "Sender" },
  MalformedCertificate: { status: 400, type: "Sender" },
  MalformedPolicyDocument: { status: 400, type: "Sender" },
  MissingAction: { status: 400, type: "Sender" },
  MissingAuthenticationToken: { status: 403, type: "Sender" },
  MissingParameter: { status: 400, type: "Sender" },
  // AcquireRole (https://docs.aws.amazon.com/IAM/latest/APIReference/API_AcquireRole.html).
  NameConflict: { status: 409, type: "Sender" },
  NoSuchEntity: { status: 404, type: "Sender" },
  OrganizationNotFoundException: { status: 400, type: "Sender" },
  OrganizationNotInAllFeaturesModeException: { status: 400, type: "Sender" },
  PackedPolicyTooLarge: { status: 400, type: "Sender" },
  PasswordPolicyViolation: { status: 400, type: "Sender" },
  PolicyNotAttachable: { status: 400, type: "Sender" },
  RegionDisabledException: { status: 403, type: "Sender" },
  // GetCredentialReport (https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetCredentialReport.html).
  ReportExpired: { status: 410, type: "Sender" },
  ReportInProgress: { status: 404, type: "Sender" },
  ReportNotPresent: { status: 410, type: "Sender" },
  RequestExpired: { status: 400, type: "Sender" },
  RoleTemplateDisabled: { status: 400, type: "Sender" },
  // A body over the server's cap (lib/http/bounded-body.ts). AWS documents no code for IAM/STS;
  // HTTP's 413 with the name other AWS services use (RequestEntityTooLargeException).
  RequestEntityTooLarge: { status: 413, type: "Sender" },
  ServiceAccessNotEnabledException: { status: 400, type: "Sender" },
  ServiceFailure: { status: 500, type: "Receiver" },
  // The store is away (lib/store-unavailable.ts): AWS's common 503, which the SDKs and CLI retry.
  ServiceUnavailable: { status: 503, type: "Receiver" },
  SignatureDoesNotMatch: { status: 403, type: "Sender" },
  Throttling: { status: 400, type: "Sender" },
  UnmodifiableEntity: { status: 400, type: "Sender" },
  ValidationError: { status: 400, type: "Sender" },
  // IAM Roles Anywhere's REST-JSON errors (the rolesanywhere 2018-05-10 model's statuses); its
  // AccessDeniedException answers 403 there (lib/rolesanywhere/wire/).
  ValidationException: { status: 400, type: "Sender" },
  ResourceNotFoundException: { status: 404, type: "Sender" },
  TooManyTagsException: { status: 400, type: "Sender" },
} as const satisfies Record<string, { status: number; type: "Sender" | "Receiver" }>;

export type AwsErrorCode = keyof typeof AWS_ERRORS;

export class AwsError extends Error {
  readonly code: AwsErrorCode;
  /** Optional machine-readable extras, e.g. the field a ValidationError concerns or a denial explanation. */
  readonly details?: Record<string, unknown>;

  constructor(code: AwsErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = "AwsError";
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return AWS_ERRORS[this.code].status;
  }

  get type(): "Sender" | "Receiver" {
    return AWS_ERRORS[this.code].type;
  }
}

export function isAwsError(e: unknown): e is AwsError {
  return e instanceof AwsError;
}

/** AWS's "1 validation error detected" format, for field constraint violations. */
export function validationError(field: string, value: string, constraint: string): AwsError {
  return new AwsError(
    "ValidationError",
    `1 validation error detected: Value '${value}' at '${field}' failed to satisfy constraint: ${constraint}`,
    { field },
  );
}
