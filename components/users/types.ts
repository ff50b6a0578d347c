// Wire types for the users pages: the lib/iam shapes the console routes return, as JSON delivers them.
import type { Wire } from "@/lib/api/wire";
import type { AccessKeyMetadata as AccessKeyMetadataShape, AccessKeyShape } from "@/lib/iam/access-keys/keys";
import type { GroupShape } from "@/lib/iam/groups/shape";
import type { MfaDeviceShape } from "@/lib/iam/mfa-devices/devices";
import type { startVirtualMfaDevice } from "@/lib/iam/mfa-devices/virtual";
import type { AttachedPolicyDetail, PolicyTypeLabel } from "@/lib/iam/policies/list";
import type { SigningCertificateShape } from "@/lib/iam/signing-certificates/index";
import type { UserDetail as UserDetailShape, UserShape } from "@/lib/iam/users/crud";
export type User = Wire<UserShape>;

/** GetUser's user: the list shape plus the permissions boundary and tags. */
export type UserDetail = Wire<UserDetailShape>;

export type { PolicyTypeLabel };

/** A managed policy attached to a user, group or role, with the console's Type and Attached entities. */
export type AttachedPolicy = Wire<AttachedPolicyDetail>;

export type GroupRef = Wire<GroupShape>;

export type MfaDevice = Wire<MfaDeviceShape>;

export type AccessKeyMetadata = Wire<AccessKeyMetadataShape>;

export type NewAccessKey = Wire<AccessKeyShape>;

export type VirtualMfaSetup = Wire<Awaited<ReturnType<typeof startVirtualMfaDevice>>["VirtualMFADevice"]>;

/** An X.509 signing certificate (ListSigningCertificates' SigningCertificate). */
export type SigningCertificate = Wire<SigningCertificateShape>;
