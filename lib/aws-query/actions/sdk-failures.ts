// For the *.sdk.test.ts files: an SDK call's failure as { name, message, status }, and the
// AccessDenied AWS answers a caller without an identity-based policy for the action.

export type SdkFailure = { name: string; message: string; status?: number };

/** The rejection of an SDK call, reduced to what AWS put on the wire; a success fails the test. */
export function sdkFailure(p: Promise<unknown>): Promise<SdkFailure> {
  return p.then(
    () => {
      throw new Error("expected a failure");
    },
    (e: Error & { $metadata?: { httpStatusCode?: number } }) => ({ name: e.name, message: e.message, status: e.$metadata?.httpStatusCode }),
  );
}

/** AWS names no resource for actions authorized on "*". */
export function noPolicyDenial(principalArn: string, action: string, resource: string): SdkFailure {
  const on = resource === "*" ? "" : ` on resource: ${resource}`;
  return {
    name: "AccessDenied",
    status: 403,
    message: `User: ${principalArn} is not authorized to perform: iam:${action}${on} because no identity-based policy allows the iam:${action} action`,
  };
}
