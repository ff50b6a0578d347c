"""A boto3 journey against the sandbox's wire endpoint (driven by e2e/boto3.spec.ts).

Usage: python3 boto3_journey.py <endpoint-url> <stamp>

As an administrator it creates users, roles and customer managed policies under a path of its own,
lists them with boto3's paginators in pages of two, then assumes a role with sts.assume_role and
uses the returned credentials in a new boto3 session. It prints one JSON object with what it saw
(the spec asserts on it) and deletes what it created, whatever happened.
"""

import json
import sys

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

ENDPOINT, STAMP = sys.argv[1], sys.argv[2]
ACCOUNT = "111111111111"
ADMIN = {"aws_access_key_id": "AKIAIDENTITYADMIN001", "aws_secret_access_key": "identityAdminSecretKey000000000000000001"}
PATH = f"/boto3-{STAMP}/"
COUNT = 5
PAGE = 2
# No retries: a refused call must fail once, as the spec expects it to.
CONFIG = Config(retries={"max_attempts": 1, "mode": "standard"})


def client(session, service):
    return session.client(service, endpoint_url=ENDPOINT, region_name="us-east-1", config=CONFIG)


def policy(statement):
    return json.dumps({"Version": "2012-10-17", "Statement": [statement]})


def error_of(call):
    """The AWS error code and message a ClientError carries, or None when the call succeeded."""
    try:
        call()
    except ClientError as e:
        return {"code": e.response["Error"]["Code"], "message": e.response["Error"]["Message"]}
    return None


def paginate(iam, operation, key, name_key, **kwargs):
    """Every page a paginator yields (PageSize becomes IAM's MaxItems): the names on each page."""
    pages = iam.get_paginator(operation).paginate(PaginationConfig={"PageSize": PAGE}, **kwargs)
    return [[item[name_key] for item in page[key]] for page in pages]


def cleanup(iam, created):
    for name in created["users"]:
        for key in iam.list_access_keys(UserName=name)["AccessKeyMetadata"]:
            iam.delete_access_key(UserName=name, AccessKeyId=key["AccessKeyId"])
        for policy_name in iam.list_user_policies(UserName=name)["PolicyNames"]:
            iam.delete_user_policy(UserName=name, PolicyName=policy_name)
        iam.delete_user(UserName=name)
    for name in created["roles"]:
        for policy_name in iam.list_role_policies(RoleName=name)["PolicyNames"]:
            iam.delete_role_policy(RoleName=name, PolicyName=policy_name)
        iam.delete_role(RoleName=name)
    for arn in created["policies"]:
        iam.delete_policy(PolicyArn=arn)


def journey(iam, created):
    seen = {}
    trust_account = policy({"Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:root"}, "Action": "sts:AssumeRole"})
    for i in range(COUNT):
        name = f"b3-{STAMP}-{i}"
        iam.create_user(UserName=name, Path=PATH)
        created["users"].append(name)
        iam.create_role(RoleName=name, Path=PATH, AssumeRolePolicyDocument=trust_account)
        created["roles"].append(name)
        arn = iam.create_policy(PolicyName=name, Path=PATH, PolicyDocument=policy({"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}))["Policy"]["Arn"]
        created["policies"].append(arn)

    seen["users"] = paginate(iam, "list_users", "Users", "UserName", PathPrefix=PATH)
    seen["roles"] = paginate(iam, "list_roles", "Roles", "RoleName", PathPrefix=PATH)
    seen["policies"] = paginate(iam, "list_policies", "Policies", "PolicyName", Scope="Local", PathPrefix=PATH)
    # The whole account's roles (the seed's and other journeys' too), paged, against one big page.
    seen["allRoles"] = paginate(iam, "list_roles", "Roles", "RoleName")
    seen["allRolesOnePage"] = [r["RoleName"] for r in iam.list_roles(MaxItems=1000)["Roles"]]

    # A user who may assume any role; which roles let him in is up to their trust policies.
    caller = f"b3-{STAMP}-caller"
    user_arn = iam.create_user(UserName=caller)["User"]["Arn"]
    created["users"].append(caller)
    iam.put_user_policy(UserName=caller, PolicyName="AssumeAnyRole", PolicyDocument=policy({"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"}))
    key = iam.create_access_key(UserName=caller)["AccessKey"]

    reader = f"b3-{STAMP}-reader"
    reader_arn = iam.create_role(
        RoleName=reader,
        AssumeRolePolicyDocument=policy({"Effect": "Allow", "Principal": {"AWS": user_arn}, "Action": "sts:AssumeRole"}),
    )["Role"]["Arn"]
    created["roles"].append(reader)
    iam.put_role_policy(RoleName=reader, PolicyName="ListUsers", PolicyDocument=policy({"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}))
    # Trusts only the workload account: the caller's identity policy allows, the trust policy refuses.
    closed = f"b3-{STAMP}-closed"
    closed_arn = iam.create_role(
        RoleName=closed,
        AssumeRolePolicyDocument=policy({"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::222222222222:root"}, "Action": "sts:AssumeRole"}),
    )["Role"]["Arn"]
    created["roles"].append(closed)

    user_session = boto3.session.Session(aws_access_key_id=key["AccessKeyId"], aws_secret_access_key=key["SecretAccessKey"])
    user_sts = client(user_session, "sts")
    seen["callerIdentity"] = user_sts.get_caller_identity()["Arn"]
    assumed = user_sts.assume_role(RoleArn=reader_arn, RoleSessionName="boto3-session")
    seen["assumedRoleUser"] = assumed["AssumedRoleUser"]["Arn"]
    c = assumed["Credentials"]
    role_session = boto3.session.Session(aws_access_key_id=c["AccessKeyId"], aws_secret_access_key=c["SecretAccessKey"], aws_session_token=c["SessionToken"])
    seen["roleIdentity"] = client(role_session, "sts").get_caller_identity()["Arn"]
    role_iam = client(role_session, "iam")
    seen["allowedUsers"] = paginate(role_iam, "list_users", "Users", "UserName", PathPrefix=PATH)
    seen["deniedCreateUser"] = error_of(lambda: role_iam.create_user(UserName=f"b3-{STAMP}-forbidden"))
    seen["refusedAssume"] = error_of(lambda: user_sts.assume_role(RoleArn=closed_arn, RoleSessionName="boto3-session"))
    return seen


def main():
    admin = boto3.session.Session(**ADMIN)
    iam = client(admin, "iam")
    created = {"users": [], "roles": [], "policies": []}
    try:
        seen = journey(iam, created)
    finally:
        cleanup(iam, created)
    seen["boto3"] = boto3.__version__
    print(json.dumps(seen))


if __name__ == "__main__":
    main()
