// IAM Query actions for X.509 signing certificates and server certificates: parameter reading (the
// IAM model's constraints) and nothing else; the rules live in lib/iam/signing-certificates and
// lib/iam/server-certificates.
import type { Caller } from "@/lib/authz/caller";
import { stringList, type QueryAction } from "@/lib/aws-query";
import { deleteSigningCertificate, listSigningCertificates, updateSigningCertificate, uploadSigningCertificate } from "@/lib/iam/signing-certificates";
import {
  deleteServerCertificate,
  getServerCertificate,
  listServerCertificates,
  updateServerCertificate,
  uploadServerCertificate,
} from "@/lib/iam/server-certificates";
import { listServerCertificateTags, tagServerCertificate, untagServerCertificate } from "@/lib/iam/server-certificates/tagging";
import { readEnum } from "./iam-account";
import { RULES, pageInput, paging, readParams, readTags } from "./iam-roles";

type Value = string | number | boolean | undefined;
const str = (v: Value) => v as string;
const opt = (v: Value) => v as string | undefined;
const req = <T extends object>(rule: T) => ({ ...rule, required: true });

/** certificateBodyType and privateKeyType: printable Latin-1 plus tab and line breaks, ≤ 16384. */
const PEM = { min: 1, max: 16384, pattern: "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+" };
/** certificateChainType. */
const CHAIN = { ...PEM, max: 2097152 };
/** certificateIdType. */
const CERTIFICATE_ID = { min: 24, max: 128, pattern: "[\\w]+" };
/** serverCertificateNameType. */
const SERVER_CERTIFICATE_NAME = RULES.longName;
const STATUS = ["Active", "Inactive"] as const;

export const iamCertificateActions: Record<string, QueryAction<Caller>> = {
  async UploadSigningCertificate(params, caller) {
    const p = readParams(params, { UserName: RULES.existingUserName, CertificateBody: req(PEM) });
    return uploadSigningCertificate(caller, { userName: opt(p.UserName), body: str(p.CertificateBody) });
  },
  async ListSigningCertificates(params, caller) {
    const p = readParams(params, { UserName: RULES.existingUserName, ...paging });
    return listSigningCertificates(caller, { userName: opt(p.UserName), ...pageInput(p) });
  },
  async UpdateSigningCertificate(params, caller) {
    const p = readParams(params, { UserName: RULES.existingUserName, CertificateId: req(CERTIFICATE_ID), Status: { required: true } });
    const status = readEnum(params, "Status", STATUS);
    await updateSigningCertificate(caller, { userName: opt(p.UserName), certificateId: str(p.CertificateId), status });
    return null;
  },
  async DeleteSigningCertificate(params, caller) {
    const p = readParams(params, { UserName: RULES.existingUserName, CertificateId: req(CERTIFICATE_ID) });
    await deleteSigningCertificate(caller, { userName: opt(p.UserName), certificateId: str(p.CertificateId) });
    return null;
  },
  async UploadServerCertificate(params, caller) {
    const p = readParams(params, {
      Path: RULES.path,
      ServerCertificateName: req(SERVER_CERTIFICATE_NAME),
      CertificateBody: req(PEM),
      PrivateKey: req(PEM),
      CertificateChain: CHAIN,
    });
    return uploadServerCertificate(caller, {
      name: str(p.ServerCertificateName),
      path: opt(p.Path),
      body: str(p.CertificateBody),
      privateKey: str(p.PrivateKey),
      chain: opt(p.CertificateChain),
      tags: readTags(params),
    });
  },
  async GetServerCertificate(params, caller) {
    const p = readParams(params, { ServerCertificateName: req(SERVER_CERTIFICATE_NAME) });
    return getServerCertificate(caller, str(p.ServerCertificateName));
  },
  async ListServerCertificates(params, caller) {
    const p = readParams(params, { PathPrefix: RULES.pathPrefix, ...paging });
    return listServerCertificates(caller, { pathPrefix: opt(p.PathPrefix), ...pageInput(p) });
  },
  async UpdateServerCertificate(params, caller) {
    const p = readParams(params, { ServerCertificateName: req(SERVER_CERTIFICATE_NAME), NewPath: RULES.path, NewServerCertificateName: SERVER_CERTIFICATE_NAME });
    await updateServerCertificate(caller, { name: str(p.ServerCertificateName), newName: opt(p.NewServerCertificateName), newPath: opt(p.NewPath) });
    return null;
  },
  async DeleteServerCertificate(params, caller) {
    const p = readParams(params, { ServerCertificateName: req(SERVER_CERTIFICATE_NAME) });
    await deleteServerCertificate(caller, str(p.ServerCertificateName));
    return null;
  },
  async TagServerCertificate(params, caller) {
    const p = readParams(params, { ServerCertificateName: req(SERVER_CERTIFICATE_NAME) });
    await tagServerCertificate(caller, str(p.ServerCertificateName), readTags(params));
    return null;
  },
  async UntagServerCertificate(params, caller) {
    const p = readParams(params, { ServerCertificateName: req(SERVER_CERTIFICATE_NAME) });
    await untagServerCertificate(caller, str(p.ServerCertificateName), stringList(params, "TagKeys"));
    return null;
  },
  async ListServerCertificateTags(params, caller) {
    const p = readParams(params, { ServerCertificateName: req(SERVER_CERTIFICATE_NAME), ...paging });
    return listServerCertificateTags(caller, str(p.ServerCertificateName), pageInput(p));
  },
};
