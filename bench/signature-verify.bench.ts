// Detached CMS verifications per second on one core (RSA 2048 and ECDSA P-256 signers): parse, digest, signature, chain, CRL, party.
// Run: npm run bench:signatures   (BENCH_SECONDS=5 per case by default)
import os from 'node:os';
import { clearCertificateCache } from '../src/server/modules/signatures/signatures.certificates';
import { createSignatureTestKit, testIdentities } from '../src/server/modules/signatures/signatures.fixtures';
import { verifyDetachedSignature } from '../src/server/modules/signatures/signatures.verification';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const now = new Date();
const kit = await createSignatureTestKit(now);
// A contract-sized document: its digest is part of every verification.
const document = new Uint8Array(200_000).map((_, i) => (i * 31) % 251);

console.log(
  JSON.stringify({
    node: process.version,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    seconds,
    documentBytes: document.length,
  }),
);
for (const [algorithm, certificate] of [
  ['RSA 2048', 'employer-a'],
  ['ECDSA P-256', 'employer-a-ecdsa'],
] as const) {
  const cms = await kit.sign(certificate, document, now);
  const options = {
    cms,
    content: document,
    purpose: 'signing' as const,
    expectedParty: { kind: 'employer' as const, bin: testIdentities.employerA.bin },
    now,
    trustStore: kit.store,
  };
  const first = await verifyDetachedSignature(options);
  if (!first.ok) throw new Error(`${algorithm}: the benchmark signature was refused: ${first.code}`);
  // warm: the signer's and the CA's certificates seen before (parsed and chain-checked once);
  // cold: every verification parses the certificates and checks the chain's signatures afresh.
  for (const cache of ['warm', 'cold'] as const) {
    for (let i = 0; i < 50; i++) await verifyDetachedSignature(options);
    let iterations = 0;
    const started = performance.now();
    const until = started + seconds * 1000;
    while (performance.now() < until) {
      if (cache === 'cold') clearCertificateCache();
      await verifyDetachedSignature(options);
      iterations++;
    }
    const elapsedMs = performance.now() - started;
    console.log(
      JSON.stringify({
        algorithm,
        certificates: cache,
        verificationsPerSecond: Math.round((iterations / elapsedMs) * 1000),
        msPerVerification: Number((elapsedMs / iterations).toFixed(3)),
        iterations,
      }),
    );
  }
}
kit.cleanUp();
