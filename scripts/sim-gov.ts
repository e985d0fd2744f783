// `npm run sim:gov`: serves the government-registries contract from the demo dataset until SIGTERM (docs/gov-registries-contract.md).
import fs from 'node:fs';
import { z } from 'zod';
import {
  loadShippedDataset,
  type SimulatorDataset,
  simulatorDataset,
  startGovSimulator,
} from '../src/server/modules/gov-registries';

const envSchema = z.object({
  SIM_GOV_HOST: z.string().min(1).default('127.0.0.1'),
  SIM_GOV_PORT: z.coerce.number().int().min(0).max(65535).default(3999),
  SIM_GOV_LATENCY_MS: z.coerce.number().int().min(0).max(120_000).default(0),
  /** Another dataset file of the same shape as simulator-dataset.json. */
  SIM_GOV_DATASET: z.string().min(1).optional(),
});

const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== '')));
if (!parsed.success) {
  console.error(
    `Invalid configuration:\n${parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`).join('\n')}`,
  );
  process.exit(2);
}
const env = parsed.data;
const dataset: SimulatorDataset = env.SIM_GOV_DATASET
  ? simulatorDataset.parse(JSON.parse(fs.readFileSync(env.SIM_GOV_DATASET, 'utf8')))
  : loadShippedDataset();

const simulator = await startGovSimulator({
  dataset,
  host: env.SIM_GOV_HOST,
  port: env.SIM_GOV_PORT,
  latencyMs: env.SIM_GOV_LATENCY_MS,
});
// The parent process (npm start, tests) waits for exactly this line.
console.log(`SIM_GOV_READY ${simulator.url}`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await simulator.close();
  process.exit(0);
}
// `on`, not `once`: a signal may come twice (to the process group, and relayed by tsx).
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
// Started with an IPC channel (by npm start): its closing means the parent is gone, even if it was killed outright.
if (process.send) process.once('disconnect', () => void stop());
