// The one query this module needs: which organisation of ours a BIN belongs to, to file its checks under it.
import type { DbOrTx } from '../../platform/db/database';

export async function findOrganisationIdByBin(db: DbOrTx, bin: string): Promise<string | null> {
  const row = await db.selectFrom('organisations').select('id').where('bin', '=', bin).executeTakeFirst();
  return row?.id ?? null;
}
