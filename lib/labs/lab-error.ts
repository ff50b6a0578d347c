// The lab engine's own refusals: 400 for bad input, 404/409 for something that is not there
// (lib/api/lab-routes.ts turns them into the console's error shape).
export class LabError extends Error {
  constructor(
    readonly status: 400 | 404 | 409,
    message: string,
  ) {
    super(message);
    this.name = "LabError";
  }
}
