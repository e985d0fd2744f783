// Groups a process map's steps into stages and works out where each run of the same lane starts, for the table.
import type { ProcessStep } from '../../../shared/api/processes';

export type StageRow = { step: ProcessStep; laneRowSpan: number };
export type Stage = { id: string; rows: StageRow[] };

/** A step with isStage heads the steps after it; the lane cell spans each consecutive run of one lane in a stage. */
export function groupIntoStages(steps: readonly ProcessStep[]): Stage[] {
  const stages: { id: string; steps: ProcessStep[] }[] = [];
  for (const step of steps) {
    const current = stages.at(-1);
    if (step.isStage || !current) stages.push({ id: step.id, steps: [step] });
    else current.steps.push(step);
  }
  return stages.map(({ id, steps: stageSteps }) => ({ id, rows: withLaneSpans(stageSteps) }));
}

function withLaneSpans(steps: readonly ProcessStep[]): StageRow[] {
  return steps.map((step, index) => {
    if (index > 0 && steps[index - 1]?.lane === step.lane) return { step, laneRowSpan: 0 };
    let span = 1;
    while (steps[index + span]?.lane === step.lane) span++;
    return { step, laneRowSpan: span };
  });
}
