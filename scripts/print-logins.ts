// Prints the demo logins as a table on the console.
import type { DemoLogin } from '../src/server/demo/demo-world';
import { DEMO_PASSWORD } from '../src/server/demo/demo-world';

export function printDemoLogins(logins: DemoLogin[]): void {
  console.log(`\nDemo logins (password for all: ${DEMO_PASSWORD}):`);
  for (const l of logins) console.log(`  ${l.login.padEnd(34)} ${l.role.padEnd(34)} ${l.name}`);
}
