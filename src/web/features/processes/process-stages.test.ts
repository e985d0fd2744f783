// Proves how the process table groups steps into stages and spans lane cells.
import { describe, expect, it } from 'vitest';
import type { ProcessStep } from '../../../shared/api/processes';
import { groupIntoStages } from './process-stages';

function step(number: string, lane: string, isStage = !number.includes('.')): ProcessStep {
  const text = { kk: number, ru: number };
  return {
    id: `B03-${number}`,
    number,
    lane,
    laneName: text,
    action: text,
    system: 'none',
    isStage,
    implementedBy: [],
  };
}

describe('groupIntoStages', () => {
  it('starts a stage at each stage step and spans each run of one lane', () => {
    const stages = groupIntoStages([
      step('3', 'employer_relations_specialist'),
      step('3.1', 'employer_relations_specialist'),
      step('3.2', 'automatic'),
      step('3.3', 'automatic'),
      step('3.4', 'employer_relations_specialist'),
      step('4', 'centre_head'),
    ]);
    expect(stages.map((s) => s.id)).toEqual(['B03-3', 'B03-4']);
    expect(stages[0]?.rows.map((r) => r.laneRowSpan)).toEqual([2, 0, 2, 0, 1]);
    expect(stages[1]?.rows.map((r) => r.laneRowSpan)).toEqual([1]);
  });

  it('keeps sub-steps that come before any stage in a group of their own', () => {
    const stages = groupIntoStages([step('0.1', 'employer'), step('1', 'employer')]);
    expect(stages.map((s) => s.rows.map((r) => r.step.id))).toEqual([['B03-0.1'], ['B03-1']]);
  });
});
