// The functional maps ФК-В.03 and ФК-В.06 from the same definitions the workflows use, with which transition implements each step.
import { z } from 'zod';
import { processListResponse, processMap } from '../../../shared/api/processes';
import { laneNames, processMaps, stepId } from '../../../shared/processes';
import type { AppDeps } from '../../app';
import { access } from '../../platform/auth/access';
import { notFound } from '../../platform/errors';
import type { App } from '../../platform/http';
import type { AnyWorkflow } from '../../platform/workflow/workflow';

export function buildProcessMap(code: string, workflows: readonly AnyWorkflow[]) {
  const definition = processMaps.find((m) => m.code === code);
  if (!definition) return undefined;
  return {
    code: definition.code,
    officialCode: definition.officialCode,
    title: definition.title,
    purpose: definition.purpose,
    steps: definition.steps.map((step) => {
      const id = stepId(definition.code, step.number);
      return {
        id,
        number: step.number,
        lane: step.lane,
        laneName: laneNames[step.lane],
        action: step.action,
        system: step.system,
        isStage: !step.number.includes('.'),
        implementedBy: workflows.flatMap((w) =>
          [...w.transitions, ...(w.activities ?? [])]
            .filter((t) => t.step === id)
            .map((t) => ({ workflow: w.name, action: t.action })),
        ),
      };
    }),
  };
}

export function registerProcessMapRoutes(app: App, { workflows }: AppDeps) {
  app.get(
    '/api/processes',
    { config: { access: access.public }, schema: { tags: ['processes'], response: { 200: processListResponse } } },
    async () => ({ items: processMaps.map((m) => ({ code: m.code, officialCode: m.officialCode, title: m.title })) }),
  );

  app.get(
    '/api/processes/:code',
    {
      config: { access: access.public },
      schema: { tags: ['processes'], params: z.object({ code: z.string().max(10) }), response: { 200: processMap } },
    },
    async (request) => {
      const map = buildProcessMap(request.params.code.toUpperCase(), workflows);
      if (!map) throw notFound();
      return map;
    },
  );
}
