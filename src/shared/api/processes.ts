// The functional process maps (ФК-В.03, ФК-В.06) as the code defines them.
import { z } from 'zod';
import { localizedText } from './common';

export const processSystem = z.enum(['enbek', 'ais_rt', 'tanda', 'automatic', 'none']);
export const processStep = z.object({
  id: z.string(), // e.g. B03-2.3
  number: z.string(), // e.g. 2.3
  lane: z.string(), // who: a role key or "automatic"
  laneName: localizedText,
  action: localizedText,
  system: processSystem,
  isStage: z.boolean(), // a numbered stage (1, 2, …) heading its sub-steps
  implementedBy: z.array(z.object({ workflow: z.string(), action: z.string() })),
});
export type ProcessStep = z.infer<typeof processStep>;

export const processMap = z.object({
  code: z.string(), // B03
  officialCode: z.string(), // ФК-В.03
  title: localizedText,
  purpose: localizedText,
  steps: z.array(processStep),
});
export type ProcessMap = z.infer<typeof processMap>;
export const processListResponse = z.object({
  items: z.array(z.object({ code: z.string(), officialCode: z.string(), title: localizedText })),
});
