// What a record never holds, by member name wherever it occurs (request or response, any depth):
// credentials' secret keys, bearer tokens and assertions, MFA codes and seeds, passwords, private
// keys [INF: AWS documents that tokens, assertions and secrets are not logged]. Session tokens stay,
// as in AWS's records (spec §1.2: "The credentials include sessionToken").
const SECRET_MEMBERS = new Set(
  [
    "SecretAccessKey",
    "WebIdentityToken",
    "SAMLAssertion",
    "TokenCode",
    "AuthenticationCode1",
    "AuthenticationCode2",
    "Base32StringSeed",
    "QRCodePNG",
    "Password",
    "OldPassword",
    "NewPassword",
    "ServicePassword",
    "ServiceCredentialSecret",
    "PrivateKey",
    "TradeInToken",
  ].map((name) => name.toLowerCase()),
);

export function redactedKey(member: string): boolean {
  return SECRET_MEMBERS.has(member.toLowerCase());
}
