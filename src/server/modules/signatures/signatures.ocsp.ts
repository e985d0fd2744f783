// Optional OCSP (RFC 6960) check of the signer's certificate, used only when OCSP_URL is configured; CRLs remain the default.
import * as pkijs from 'pkijs';
import { purposeOid } from '../../../shared/signatures/oids';
import { toArrayBuffer } from '../../../shared/signatures/sign-cms';
import {
  algorithmOf,
  type CertificateFacts,
  isSignedBy,
  parseCertificate,
  verifyWithCertificate,
} from './signatures.certificates';
import { parseDer } from './signatures.der';

export type OcspStatus = 'good' | 'revoked' | 'unknown';

export type OcspClient = {
  check(input: { certificate: CertificateFacts; issuer: CertificateFacts; now: Date }): Promise<OcspStatus>;
};

const clockSkewMs = 5 * 60_000;

/** The responder is the issuing CA itself or a certificate the CA issued for OCSP signing (RFC 6960 §4.2.2.2). */
function isSignedByResponder(basic: pkijs.BasicOCSPResponse, issuer: CertificateFacts): boolean {
  const algorithm = algorithmOf(parseDer(new Uint8Array(basic.signatureAlgorithm.toSchema().toBER(false))));
  const signs = (signer: CertificateFacts) =>
    verifyWithCertificate({
      signer,
      algorithm,
      data: basic.tbsResponseData.tbsView,
      signature: basic.signature.valueBlock.valueHexView,
    });
  if (signs(issuer)) return true;
  return (basic.certs ?? []).some((candidate) => {
    const facts = parseCertificate(new Uint8Array(candidate.toSchema().toBER(false)));
    return facts.extendedKeyUsage?.includes(purposeOid.ocspSigning) && isSignedBy(facts, issuer) && signs(facts);
  });
}

/** Asks one OCSP responder over HTTP POST; any failure (network, bad signature, stale answer) is 'unknown', never 'good'. */
export function httpOcspClient(options: { url: string; fetch?: typeof fetch; timeoutMs?: number }): OcspClient {
  const doFetch = options.fetch ?? fetch;
  return {
    async check({ certificate, issuer, now }) {
      try {
        const certificateObject = pkijs.Certificate.fromBER(toArrayBuffer(certificate.der));
        const issuerObject = pkijs.Certificate.fromBER(toArrayBuffer(issuer.der));
        const request = new pkijs.OCSPRequest();
        await request.createForCertificate(certificateObject, {
          hashAlgorithm: 'SHA-1',
          issuerCertificate: issuerObject,
        });
        const response = await doFetch(options.url, {
          method: 'POST',
          headers: { 'content-type': 'application/ocsp-request' },
          body: new Uint8Array(request.toSchema(true).toBER(false)),
          signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
        });
        if (!response.ok) return 'unknown';
        const ocsp = pkijs.OCSPResponse.fromBER(await response.arrayBuffer());
        if (ocsp.responseStatus.valueBlock.valueDec !== 0 || !ocsp.responseBytes) return 'unknown';
        const basic = pkijs.BasicOCSPResponse.fromBER(
          toArrayBuffer(ocsp.responseBytes.response.valueBlock.valueHexView),
        );
        if (!isSignedByResponder(basic, issuer)) return 'unknown';
        const status = await basic.getCertificateStatus(certificateObject, issuerObject);
        if (!status.isForCertificate) return 'unknown';
        const single = basic.tbsResponseData.responses.find((r) =>
          r.certID.serialNumber.isEqual(certificateObject.serialNumber),
        );
        if (!single || single.thisUpdate.getTime() > now.getTime() + clockSkewMs) return 'unknown';
        if (single.nextUpdate && single.nextUpdate.getTime() < now.getTime() - clockSkewMs) return 'unknown';
        return status.status === 0 ? 'good' : status.status === 1 ? 'revoked' : 'unknown';
      } catch {
        return 'unknown';
      }
    },
  };
}
