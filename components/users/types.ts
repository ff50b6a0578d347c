// Wire types for the users pages: the IAM API shapes after JSON (dates become ISO strings).
export interface User {
  UserName: string;
  UserId: string;
  Arn: string;
  Path: string;
  CreateDate: string;
  PasswordLastUsed?: string;
}
