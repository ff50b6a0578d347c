// Wire types for the users pages: the IAM API shapes after JSON (dates become ISO strings).
export interface User {
  UserName: string;
  UserId: string;
  Arn: string;
  Path: string;
  CreateDate: string;
  PasswordLastUsed?: string;
}

export type PolicyTypeLabel = "AWS managed" | "AWS managed - job function" | "Customer managed";

/** A managed policy attached to a user or group, with the console's Type and Attached entities. */
export interface AttachedPolicy {
  PolicyName: string;
  PolicyArn: string;
  Type: PolicyTypeLabel;
  AttachmentCount: number;
}

export interface GroupRef {
  GroupName: string;
  GroupId: string;
  Arn: string;
  Path: string;
  CreateDate: string;
}

export interface MfaDevice {
  UserName: string;
  SerialNumber: string;
  EnableDate: string;
}

export interface AccessKeyMetadata {
  UserName: string;
  AccessKeyId: string;
  Status: "Active" | "Inactive";
  CreateDate: string;
}

export interface NewAccessKey extends AccessKeyMetadata {
  SecretAccessKey: string;
}

export interface VirtualMfaSetup {
  SerialNumber: string;
  Base32StringSeed: string;
  QRCodePNG: string;
}

/** An X.509 signing certificate (ListSigningCertificates' SigningCertificate). */
export interface SigningCertificate {
  UserName: string;
  CertificateId: string;
  CertificateBody: string;
  Status: "Active" | "Inactive";
  UploadDate: string;
}
