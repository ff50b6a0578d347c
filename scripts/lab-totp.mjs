// `lab-totp <seed-or-seed-file> [steps]`: the TOTP code of a virtual MFA device (RFC 6238: 30-second
// steps, 6 digits, as AWS's virtual devices), `steps` × 30 s from now. For lab solutions and the lab
// self-test (docs/labs.md): the seed is the Base32StringSeed create-virtual-mfa-device writes.
import { existsSync, readFileSync } from "node:fs";
import { Secret, TOTP } from "otpauth";

const [seedArg, steps = "0"] = process.argv.slice(2);
if (!seedArg || !/^-?\d+$/.test(steps)) {
  console.error("usage: lab-totp <base32 seed or file> [steps from now, e.g. -1, 0, 1]");
  process.exit(2);
}
const seed = (existsSync(seedArg) ? readFileSync(seedArg, "utf8") : seedArg).trim();
const timestamp = Date.now() + Number(steps) * 30_000;
process.stdout.write(`${TOTP.generate({ secret: Secret.fromBase32(seed), period: 30, digits: 6, timestamp })}\n`);
