// Runs scripts/sim-gov.ts as a child process and waits for its readiness line: what `npm start` does in demo mode.
import { type ChildProcess, spawn } from 'node:child_process';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('../../../../scripts/sim-gov.ts', import.meta.url));
const READY = /^SIM_GOV_READY (\S+)$/;

export type SimulatorProcess = { url: string; child: ChildProcess; stop: () => Promise<void> };

/** Port 0 lets the simulator pick a free port; the URL comes from its SIM_GOV_READY line. */
export function spawnGovSimulator(
  options: { port?: number; env?: Record<string, string>; readyTimeoutMs?: number } = {},
): Promise<SimulatorProcess> {
  // The IPC channel closes when this process dies, however it dies, and the simulator stops with it.
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT], {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    env: { ...process.env, ...options.env, SIM_GOV_PORT: String(options.port ?? 0) },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error('the government-registries simulator did not report SIM_GOV_READY in time'));
    }, options.readyTimeoutMs ?? 30_000);
    const lines = readline.createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const ready = READY.exec(line.trim());
      if (!ready) return;
      clearTimeout(timer);
      resolve({ url: ready[1]!, child, stop });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the government-registries simulator exited (code ${code}) before it was ready`));
    });
  });
}
