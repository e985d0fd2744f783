// The process maps ФК-В.03 and ФК-В.06 as the API serves them: every step once, in both languages, with its lane.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../../tests/support/test-app';
import { useTestDatabase } from '../../../../tests/support/test-database';
import type { ProcessMap } from '../../../shared/api/processes';
import type { Db } from '../../platform/db/database';
import type { App } from '../../platform/http';
import type { AnyWorkflow } from '../../platform/workflow/workflow';

let db: Db;
let app: App;

const b03Numbers = '1 1.1 1.2 1.3 1.4 2 2.1 2.2 2.3 2.4 2.5 3 3.1 3.2 3.3 3.4 4 4.1 4.2 5 5.1 6 6.1 6.2 6.3'.split(' ');
const b06Numbers = '1 1.1 2 2.1 2.2 2.3 3 3.1 3.2 3.3 3.4 3.5 4 5 5.1 5.2 6 6.1 6.2 6.3 6.4 6.5 7 7.1 7.2 7.3'.split(
  ' ',
);

const scratchWorkflow = {
  name: 'test-application',
  process: 'B03',
  subjectType: 'test_application',
  table: 'test_applications',
  statuses: ['draft', 'submitted'],
  transitions: [
    { step: 'B03-1.4', action: 'submit', from: ['draft'], to: 'submitted', roles: ['employer_representative'] },
    { step: 'B03-1.4', action: 'resubmit', from: ['submitted'], to: 'submitted', roles: ['employer_representative'] },
  ],
  load: async () => undefined,
  isVisibleTo: () => true,
} satisfies AnyWorkflow;

async function getMap(code: string, target = app): Promise<ProcessMap> {
  const response = await target.inject({ method: 'GET', url: `/api/processes/${code}` });
  expect(response.statusCode).toBe(200);
  return response.json();
}

beforeAll(async () => {
  ({ db } = await useTestDatabase());
  ({ app } = await buildTestApp(db));
});

afterAll(async () => {
  await app.close();
});

describe('process maps', () => {
  it('GET /api/processes lists both maps to an anonymous caller', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/processes' });
    expect(response.statusCode).toBe(200);
    expect(response.json().items).toMatchObject([
      { code: 'B03', officialCode: 'ФК-В.03' },
      { code: 'B06', officialCode: 'ФК-В.06' },
    ]);
  });

  it.each([
    ['B03', b03Numbers],
    ['B06', b06Numbers],
  ])('%s has every step of the seed map exactly once, in order, each in Kazakh and Russian', async (code, numbers) => {
    const map = await getMap(code);
    expect(map.steps.map((s) => s.id)).toEqual(numbers.map((n) => `${code}-${n}`));
    expect(new Set(map.steps.map((s) => s.id)).size).toBe(numbers.length);
    for (const step of map.steps) {
      expect(step.action.kk.trim(), step.id).not.toBe('');
      expect(step.action.ru.trim(), step.id).not.toBe('');
      expect(step.action.kk, step.id).not.toBe(step.action.ru);
      expect(step.laneName.kk, step.id).not.toBe('');
      expect(step.isStage, step.id).toBe(!step.number.includes('.'));
    }
    expect(map.title.kk).not.toBe('');
    expect(map.title.ru).not.toBe('');
  });

  it('B03 and B06 steps sit in the lanes of the seed maps', async () => {
    const lanes = new Map<string, string>();
    for (const code of ['B03', 'B06']) for (const step of (await getMap(code)).steps) lanes.set(step.id, step.lane);
    expect(lanes.get('B03-1')).toBe('employer');
    expect(lanes.get('B03-2.3')).toBe('employer_relations_specialist');
    expect(lanes.get('B03-3.2')).toBe('automatic');
    expect(lanes.get('B03-4.1')).toBe('centre_head');
    expect(lanes.get('B03-6.3')).toBe('automatic');
    expect(lanes.get('B06-5.1')).toBe('employer');
    expect(lanes.get('B06-6.3')).toBe('automatic');
    expect(lanes.get('B06-6.5')).toBe('job_seeker');
    expect(lanes.get('B06-7.2')).toBe('employer_or_job_seeker');
  });

  it('the code is case-insensitive, and an unknown code answers 404 problem+json', async () => {
    expect((await getMap('b06')).code).toBe('B06');
    const response = await app.inject({ method: 'GET', url: '/api/processes/B99' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json().code).toBe('record.not_found');
  });

  it('implementedBy names the registered workflow of every step of B03 1–3.2, and nothing beyond', async () => {
    const steps = (await getMap('B03')).steps.filter((s) => !s.isStage);
    const implemented = steps.filter((s) => s.implementedBy.length > 0).map((s) => s.id);
    expect(implemented).toEqual([
      'B03-1.1',
      'B03-1.2',
      'B03-1.3',
      'B03-1.4',
      'B03-2.1',
      'B03-2.2',
      'B03-2.3',
      'B03-2.4',
      'B03-2.5',
      'B03-3.1',
      'B03-3.2',
    ]);
    // B03-2.3 also closes a returned application the employer abandoned (after a notice).
    expect(steps.find((s) => s.id === 'B03-2.3')?.implementedBy).toEqual([
      { workflow: 'subsidy-application', action: 'return_with_remarks' },
      { workflow: 'subsidy-application', action: 'close_abandoned' },
    ]);
  });

  it('implementedBy lists no transition until a workflow implements the step, then lists each one', async () => {
    const { app: bare } = await buildTestApp(db, { workflows: [] });
    try {
      expect((await getMap('B03', bare)).steps.every((s) => s.implementedBy.length === 0)).toBe(true);
    } finally {
      await bare.close();
    }
    const { app: withWorkflow } = await buildTestApp(db, { workflows: [scratchWorkflow] });
    try {
      const steps = (await getMap('B03', withWorkflow)).steps;
      expect(steps.find((s) => s.id === 'B03-1.4')?.implementedBy).toEqual([
        { workflow: 'test-application', action: 'submit' },
        { workflow: 'test-application', action: 'resubmit' },
      ]);
      expect(steps.filter((s) => s.implementedBy.length > 0).map((s) => s.id)).toEqual(['B03-1.4']);
      expect((await getMap('B06', withWorkflow)).steps.every((s) => s.implementedBy.length === 0)).toBe(true);
    } finally {
      await withWorkflow.close();
    }
  });
});
