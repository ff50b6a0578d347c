// IAM Roles Anywhere: the one data layer the wire (REST-JSON, lib/rolesanywhere/wire/) and the
// console's API routes both call. Every function takes the Caller first and authorizes through the
// one door (lib/authz/authorize.ts) with the rolesanywhere:<Operation> action on the resource's ARN
// (arn:aws:rolesanywhere:us-east-1:ACCT:trust-anchor|profile|subject/<uuid>; "*" for Create*/List*)
// BEFORE it looks anything up, so a caller without permission gets AccessDenied for a missing id and
// an existing one alike. Errors are AwsError: ValidationException (bad input, with the model's
// "1 validation error detected: …" text), ResourceNotFoundException (an id the account does not
// have), AccessDenied (rendered AccessDeniedException/403 on the wire), TooManyTagsException.
//
// Shapes are the API model's (camelCase, Dates as Date): TrustAnchorDetail, ProfileDetail,
// SubjectSummary, SubjectDetail (with credentials: issuer/serialNumber/seenAt/failed).
//
// For the console (slice 05):
//   Trust anchors  listTrustAnchors(caller, {nextToken?, pageSize?}) → {trustAnchors, nextToken?}
//                  getTrustAnchor(caller, id) · deleteTrustAnchor · enableTrustAnchor · disableTrustAnchor
//                  createTrustAnchor(caller, {name, source: {sourceType: "CERTIFICATE_BUNDLE",
//                    sourceData: {x509CertificateData: PEM}}, enabled?, tags?: [{key, value}]})
//                  generateTrustAnchorCa(caller, {name, commonName?, algorithm?: "EC"|"RSA", enabled? (true), tags?})
//                    — the sandbox generates the CA and keeps its key (trustAnchorHasSandboxCa(caller, id))
//                  updateTrustAnchor(caller, {trustAnchorId, name?, source?})
//                  mintWorkloadCertificateFor(caller, id, {commonName?, subject?, dnsNames?, days?})
//                    → {certPem, keyPem, serialNumber} (authorized as rolesanywhere:UpdateTrustAnchor)
//   Profiles       listProfiles · getProfile · deleteProfile · enableProfile · disableProfile
//                  createProfile(caller, {name, roleArns, managedPolicyArns?, sessionPolicy?, durationSeconds?
//                    (900–43200, default 3600), enabled?, requireInstanceProperties?, acceptRoleSessionName?, tags?})
//                  updateProfile(caller, {profileId, name?, roleArns?, managedPolicyArns?, sessionPolicy?,
//                    durationSeconds?, acceptRoleSessionName?})
//                  putNotificationSettings(caller, {trustAnchorId, notificationSettings: [{event, enabled, threshold?, channel?}]})
//                  resetNotificationSettings(caller, {trustAnchorId, notificationSettingKeys: [{event, channel?}]})
//                  signCrlFor(caller, id, serials) → PEM CRL from the sandbox CA (authorized as UpdateTrustAnchor)
//                  putAttributeMapping(caller, {profileId, certificateField, mappingRules: [{specifier}]})
//                  deleteAttributeMapping(caller, {profileId, certificateField, specifiers?})
//   CRLs           importCrl(caller, {name, crlData: Buffer (PEM), trustAnchorArn, enabled?, tags?}) · listCrls · getCrl
//                  updateCrl(caller, {crlId, name?, crlData?}) · deleteCrl · enableCrl · disableCrl
//   Subjects       listSubjects(caller, {nextToken?, pageSize?}) · getSubject(caller, id) (subject activity)
//   Tags           tagResource(caller, {resourceArn, tags}) · untagResource(caller, {resourceArn, tagKeys})
//                  listTagsForResource(caller, resourceArn) → {tags}
// Create* default `enabled` to false as the API does; pass enabled: true from the console's forms.
// CreateSession (POST /api/aws/sessions, X.509-signed: lib/rolesanywhere/wire/create-session.ts) is
// createSession(); it records subject activity (recordSubjectActivity) for every attempt that chained.
export * from "./trust-anchors";
export * from "./profiles";
export * from "./subjects";
export * from "./tags";
export * from "./crls";
export type { NotificationSetting, NotificationSettingDetail, NotificationSettingKey } from "./notifications";
export { NOTIFICATION_EVENTS, DEFAULT_THRESHOLD } from "./notifications";
export type { AttributeMapping, CertificateField } from "./certificates";
export { CERTIFICATE_FIELDS } from "./certificates";
export { createSession, SERVICE_PRINCIPAL, type CreateSessionInput, type CreateSessionOutput, type CredentialSetMember } from "./create-session";
export { RA_REGION, raArn, type ListInput, type RaTagInput } from "./common";
export type { KeyAlgorithm, WorkloadCertificate, WorkloadCertificateOptions } from "./ca";
