// `npm run audit:verify`: walks the audit hash chain and reports the first broken link (exit 1 if any).
import { verifyAuditChain } from '../src/server/platform/audit/audit';
import { openConfiguredDatabase } from './open-configured-database';

const { db, close } = await openConfiguredDatabase();
const report = await verifyAuditChain(db);
await close();
if (report.ok) {
  console.log(`audit chain intact: ${report.entries} entries verified`);
} else {
  console.error(`audit chain BROKEN at entry #${report.brokenAt}: ${report.reason} (${report.entries} entries read)`);
  process.exit(1);
}
