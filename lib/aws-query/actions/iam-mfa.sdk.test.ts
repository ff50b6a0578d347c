// Virtual MFA devices through the real @aws-sdk/client-iam against the real endpoint (SigV4, Query
// form, XML) over a seeded sandbox: the whole life of a device (create → enable with two consecutive
// codes → use with STS → resync → deactivate → delete), its tags, the lists, AWS's errors, and
// authorization before any lookup. Run on PostgreSQL too with TEST_DATABASE_URL set.
// AWS: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable_cliapi.html
import {
  CreateVirtualMFADeviceCommand,
  DeactivateMFADeviceCommand,
  DeleteVirtualMFADeviceCommand,
  EnableMFADeviceCommand,
  GetAccountSummaryCommand,
  GetMFADeviceCommand,
  IAMClient,
  ListMFADevicesCommand,
  ListMFADeviceTagsCommand,
  ListVirtualMFADevicesCommand,
  ResyncMFADeviceCommand,
  TagMFADeviceCommand,
  UntagMFADeviceCommand,
} from "@aws-sdk/client-iam";
import { GetSessionTokenCommand, STSClient } from "@aws-sdk/client-sts";
import { describe, expect, it } from "vitest";
import { totp } from "@/lib/iam/mfa-devices/totp";
import { type Creds, type Harness, deniedWithoutPolicy, sdkFailure } from "@/lib/wire/testing";
import { iamSdkSuite } from "@/lib/testing/iam-sdk-suite";

const ACCT = "111111111111";
const ALICE = `arn:aws:iam::${ACCT}:user/alice`;
let h: Harness;
let admin: IAMClient;
let alice: IAMClient;
let aliceCreds: Creds;
const failure = sdkFailure;
const denied = (action: string, resource: string) => deniedWithoutPolicy(ALICE, action, resource);
const serial = (name: string, path = "/") => `arn:aws:iam::${ACCT}:mfa${path}${name}`;

iamSdkSuite((suite) => ({ h, admin, alice, aliceCreds } = suite));

async function create(name: string, path?: string) {
  const { VirtualMFADevice } = await admin.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: name, Path: path }));
  return { serialNumber: VirtualMFADevice?.SerialNumber ?? "", secret: new TextDecoder().decode(VirtualMFADevice?.Base32StringSeed), png: VirtualMFADevice?.QRCodePNG };
}

describe("a virtual MFA device's life", () => {
  it("create → enable → STS → resync → deactivate → delete", async () => {
    const { serialNumber, secret, png } = await create("alice-phone");
    expect(serialNumber).toBe(serial("alice-phone"));
    // The seed is base32 text (a blob on the wire) and the QR code a PNG image.
    expect(secret).toMatch(/^[A-Z2-7]{32,}$/);
    expect(Buffer.from(png ?? new Uint8Array()).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect((await h.db.mfaDevice.findUniqueOrThrow({ where: { serialNumber } })).secret).toBe(secret);

    const unassigned = await admin.send(new ListVirtualMFADevicesCommand({ AssignmentStatus: "Unassigned" }));
    expect(unassigned.VirtualMFADevices).toEqual([{ SerialNumber: serialNumber }]);
    expect((await admin.send(new ListVirtualMFADevicesCommand({ AssignmentStatus: "Assigned" }))).VirtualMFADevices ?? []).toEqual([]);

    const now = Date.now();
    // Codes out of order, or the same code twice, are not two consecutive codes.
    for (const [c1, c2] of [[totp(secret, now), totp(secret, now - 30_000)], [totp(secret, now), totp(secret, now)]]) {
      expect(await failure(admin.send(new EnableMFADeviceCommand({ UserName: "alice", SerialNumber: serialNumber, AuthenticationCode1: c1, AuthenticationCode2: c2 })))).toEqual({
        name: "InvalidAuthenticationCodeException",
        message: "Authentication code for device is not valid.",
        status: 403,
      });
    }
    await admin.send(
      new EnableMFADeviceCommand({ UserName: "alice", SerialNumber: serialNumber, AuthenticationCode1: totp(secret, now - 30_000), AuthenticationCode2: totp(secret, now) }),
    );
    const listed = await admin.send(new ListMFADevicesCommand({ UserName: "alice" }));
    expect(listed.MFADevices?.map((d) => [d.UserName, d.SerialNumber])).toEqual([["alice", serialNumber]]);
    expect(listed.MFADevices?.[0].EnableDate).toBeInstanceOf(Date);
    const assigned = await admin.send(new ListVirtualMFADevicesCommand({ AssignmentStatus: "Assigned" }));
    expect(assigned.VirtualMFADevices).toMatchObject([{ SerialNumber: serialNumber, User: { UserName: "alice", Arn: ALICE } }]);
    expect(await admin.send(new GetMFADeviceCommand({ UserName: "alice", SerialNumber: serialNumber }))).toMatchObject({ UserName: "alice", SerialNumber: serialNumber });
    expect((await admin.send(new GetAccountSummaryCommand({}))).SummaryMap).toMatchObject({ MFADevices: 1, MFADevicesInUse: 1 });

    // Assigned: no one else can enable it, and it cannot be deleted.
    expect(await failure(admin.send(new EnableMFADeviceCommand({ UserName: "admin", SerialNumber: serialNumber, AuthenticationCode1: "123456", AuthenticationCode2: "654321" })))).toEqual({
      name: "EntityAlreadyExistsException",
      message: "MFA Device is already in use.",
      status: 409,
    });
    expect(await failure(admin.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: serialNumber })))).toEqual({
      name: "DeleteConflictException",
      message: "MFA device is still in use.",
      status: 409,
    });

    // The device now verifies alice's codes at STS (and the enabling codes are spent).
    const sts = new STSClient({ endpoint: h.url, region: "us-east-1", credentials: aliceCreds, maxAttempts: 1 });
    expect((await failure(sts.send(new GetSessionTokenCommand({ SerialNumber: serialNumber, TokenCode: totp(secret, now) })))).name).toBe("AccessDenied");
    const session = await sts.send(new GetSessionTokenCommand({ SerialNumber: serialNumber, TokenCode: totp(secret, now + 30_000) }));
    expect(session.Credentials?.AccessKeyId).toMatch(/^ASIA/);

    // Resync takes two fresh consecutive codes; used ones are refused.
    const used = { UserName: "alice", SerialNumber: serialNumber, AuthenticationCode1: totp(secret, now), AuthenticationCode2: totp(secret, now + 30_000) };
    expect((await failure(admin.send(new ResyncMFADeviceCommand(used)))).name).toBe("InvalidAuthenticationCodeException");
    await admin.send(new ResyncMFADeviceCommand({ ...used, AuthenticationCode1: totp(secret, now + 60_000), AuthenticationCode2: totp(secret, now + 90_000) }));

    await admin.send(new DeactivateMFADeviceCommand({ UserName: "alice", SerialNumber: serialNumber }));
    expect((await admin.send(new ListMFADevicesCommand({ UserName: "alice" }))).MFADevices).toEqual([]);
    expect((await admin.send(new ListVirtualMFADevicesCommand({}))).VirtualMFADevices).toEqual([{ SerialNumber: serialNumber }]);
    expect(await failure(admin.send(new DeactivateMFADeviceCommand({ UserName: "alice", SerialNumber: serialNumber })))).toEqual({
      name: "NoSuchEntityException",
      message: `MFA Device with serial number ${serialNumber} does not exist.`,
      status: 404,
    });
    await admin.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: serialNumber }));
    expect((await admin.send(new ListVirtualMFADevicesCommand({}))).VirtualMFADevices ?? []).toEqual([]);
    expect(await failure(admin.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: serialNumber })))).toEqual({
      name: "NoSuchEntityException",
      message: `VirtualMFADevice with serial number ${serialNumber} doesn't exist.`,
      status: 404,
    });
  });

  it("a name is taken once per path; a path is part of the serial number", async () => {
    const { serialNumber } = await create("shared", "/team/");
    expect(serialNumber).toBe(serial("shared", "/team/"));
    expect(await failure(admin.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: "shared", Path: "/team/" })))).toEqual({
      name: "EntityAlreadyExistsException",
      message: "MFADevice entity at the same path and name already exists.",
      status: 409,
    });
    await admin.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: serialNumber }));
  });

  it("EnableMFADevice for a device that does not exist, and malformed codes", async () => {
    const missing = serial("nothing-here");
    expect(await failure(admin.send(new EnableMFADeviceCommand({ UserName: "alice", SerialNumber: missing, AuthenticationCode1: "123456", AuthenticationCode2: "234567" })))).toEqual({
      name: "NoSuchEntityException",
      message: `VirtualMFADevice with serial number ${missing} doesn't exist.`,
      status: 404,
    });
    const bad = await failure(admin.send(new EnableMFADeviceCommand({ UserName: "alice", SerialNumber: missing, AuthenticationCode1: "12345", AuthenticationCode2: "abcdef" })));
    expect(bad).toMatchObject({ name: "ValidationError", status: 400 });
    expect(bad.message).toBe(
      "2 validation errors detected: Value '12345' at 'authenticationCode1' failed to satisfy constraint: Member must have length greater than or equal to 6; " +
        "Value 'abcdef' at 'authenticationCode2' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\d]+",
    );
    // A serial number that is an ARN must be an MFA device's (the one ARN rule, before authorization).
    const roleArn = `arn:aws:iam::${ACCT}:role/not-a-device`;
    expect(await failure(alice.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: roleArn })))).toEqual({
      name: "InvalidInputException",
      message: `ARN ${roleArn} is not valid.`,
      status: 400,
    });
    const status = await failure(admin.send(new ListVirtualMFADevicesCommand({ AssignmentStatus: "Bogus" as "Any" })));
    expect(status.message).toBe(
      "1 validation error detected: Value 'Bogus' at 'assignmentStatus' failed to satisfy constraint: Member must satisfy enum value set: [Assigned, Unassigned, Any]",
    );
  });
});

// https://docs.aws.amazon.com/IAM/latest/APIReference/API_TagMFADevice.html
describe("MFA device tags", () => {
  it("tags at creation, adds, lists by key and removes", async () => {
    const { VirtualMFADevice } = await admin.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: "tagged", Tags: [{ Key: "team", Value: "blue" }] }));
    const serialNumber = VirtualMFADevice?.SerialNumber ?? "";
    await admin.send(new TagMFADeviceCommand({ SerialNumber: serialNumber, Tags: [{ Key: "Env", Value: "dev" }] }));
    expect((await admin.send(new ListMFADeviceTagsCommand({ SerialNumber: serialNumber }))).Tags).toEqual([
      { Key: "Env", Value: "dev" },
      { Key: "team", Value: "blue" },
    ]);
    await admin.send(new UntagMFADeviceCommand({ SerialNumber: serialNumber, TagKeys: ["team"] }));
    expect((await admin.send(new ListMFADeviceTagsCommand({ SerialNumber: serialNumber }))).Tags).toEqual([{ Key: "Env", Value: "dev" }]);
    await admin.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: serialNumber }));
    expect(await h.db.tag.count({ where: { ownerType: "mfa", ownerId: serialNumber } })).toBe(0);
    expect((await failure(admin.send(new ListMFADeviceTagsCommand({ SerialNumber: serialNumber })))).name).toBe("NoSuchEntityException");
  });
});

describe("authorization comes before any lookup", () => {
  it("names the device ARN, the user ARN, or no resource, existing or not", async () => {
    const missing = serial("nothing-here");
    expect(await failure(alice.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: "mine", Path: "/me/" })))).toEqual(
      denied("CreateVirtualMFADevice", serial("mine", "/me/")),
    );
    expect(await failure(alice.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: missing })))).toEqual(denied("DeleteVirtualMFADevice", missing));
    expect(await failure(alice.send(new TagMFADeviceCommand({ SerialNumber: missing, Tags: [{ Key: "a", Value: "b" }] })))).toEqual(denied("TagMFADevice", missing));
    expect(await failure(alice.send(new UntagMFADeviceCommand({ SerialNumber: missing, TagKeys: ["a"] })))).toEqual(denied("UntagMFADevice", missing));
    expect(await failure(alice.send(new ListMFADeviceTagsCommand({ SerialNumber: missing })))).toEqual(denied("ListMFADeviceTags", missing));
    const codes = { SerialNumber: missing, AuthenticationCode1: "123456", AuthenticationCode2: "234567" };
    expect(await failure(alice.send(new EnableMFADeviceCommand({ UserName: "admin", ...codes })))).toEqual(denied("EnableMFADevice", `arn:aws:iam::${ACCT}:user/admin`));
    expect(await failure(alice.send(new ResyncMFADeviceCommand({ UserName: "nobody", ...codes })))).toEqual(denied("ResyncMFADevice", `arn:aws:iam::${ACCT}:user/nobody`));
    expect(await failure(alice.send(new DeactivateMFADeviceCommand({ UserName: "admin", SerialNumber: missing })))).toEqual(
      denied("DeactivateMFADevice", `arn:aws:iam::${ACCT}:user/admin`),
    );
    expect(await failure(alice.send(new GetMFADeviceCommand({ SerialNumber: missing })))).toEqual(denied("GetMFADevice", ALICE));
    // Without UserName, the calling user's own devices.
    expect(await failure(alice.send(new ListMFADevicesCommand({})))).toEqual(denied("ListMFADevices", ALICE));
    expect(await failure(alice.send(new ListVirtualMFADevicesCommand({})))).toEqual(denied("ListVirtualMFADevices", "*"));
  });
});
