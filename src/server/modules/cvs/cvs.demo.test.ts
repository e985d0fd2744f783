// The demo CVs: one for each demo seeker, half of them in Kazakh, valid as the API would take them, seeded once.
import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { testPasswordHash, useTestDatabase } from '../../../../tests/support/test-database';
import { cvInput } from '../../../shared/api/cvs';
import { seedDemoWorld } from '../../demo/demo-world';
import type { Db } from '../../platform/db/database';
import { seedCvsDemo } from '.';
import { demoCvs } from './cvs.demo';
import { renderCvPdf } from './cvs.pdf';
import { findCv } from './cvs.repository';

let db: Db;
const now = new Date('2026-03-02T05:00:00Z');

beforeAll(async () => {
  ({ db } = await useTestDatabase());
  await seedDemoWorld(db, now, { passwordHash: await testPasswordHash() });
});

describe('seedCvsDemo', () => {
  it('gives each of the six demo seekers one CV, three of them in Kazakh, and says which', async () => {
    const seeded = await seedCvsDemo(db, { now });
    expect(seeded.map((s) => s.login)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `seeker${n}@demo.kz`));
    expect(seeded.filter((s) => s.locale === 'kk')).toHaveLength(3);
    const rows = await db
      .selectFrom('cvs as c')
      .innerJoin('users as u', 'u.id', 'c.seeker_id')
      .select(['u.login', 'c.id', 'c.locale', 'c.created_at'])
      .orderBy('u.login')
      .execute();
    expect(rows.map((r) => [r.login, r.id])).toEqual(seeded.map((s) => [s.login, s.cvId]));
    expect(rows.every((r) => r.created_at.getTime() === now.getTime())).toBe(true);
  });

  it('writes CVs the API itself would accept, with no month of work after the demo date', () => {
    for (const demo of demoCvs) {
      const cv = cvInput.parse(demo.cv);
      for (const entry of cv.experience) {
        expect(entry.from <= '2026-03').toBe(true);
        expect(entry.to === null || entry.to <= '2026-03').toBe(true);
      }
    }
  });

  it('renders a Kazakh demo CV as a PDF with its Kazakh text', async () => {
    const first = await db
      .selectFrom('cvs as c')
      .innerJoin('users as u', 'u.id', 'c.seeker_id')
      .select(['c.id', 'u.full_name'])
      .where('u.login', '=', 'seeker1@demo.kz')
      .executeTakeFirstOrThrow();
    const cv = await findCv(db, first.id);
    const { bytes, fileName } = await renderCvPdf({ cv: cv!, fullName: first.full_name, contacts: null, photo: null });
    expect(fileName).toBe('Түйіндеме — Арман Қайратұлы Сәрсенбаев.pdf');
    const { text } = await extractText(await getDocumentProxy(bytes.slice()), { mergePages: true });
    const words = text.replace(/\s+/g, ' ');
    expect(words).toContain('Іс жүргізуші');
    expect(words).toContain('Астана жоғары политехникалық колледжі');
  });

  it('adds nothing when run again', async () => {
    expect(await seedCvsDemo(db, { now })).toEqual([]);
    const count = await db.selectFrom('cvs').select('id').execute();
    expect(count).toHaveLength(6);
  });
});
