import { PGlite } from '@electric-sql/pglite';
let t=Date.now();
const db = await PGlite.create();
console.log('create ms', Date.now()-t);
const r = await db.query('select 1 as a, now() as n, $1::bigint as b', [5]);
console.log(r);
const c = await db.clone?.(); console.log('clone', !!c);
