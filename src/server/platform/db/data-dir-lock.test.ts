import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirInUseError, lockDataDir } from './data-dir-lock';

describe('embedded database folder lock', () => {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jumys-lock-')), 'pglite');
  afterEach(() => fs.rmSync(`${dir}.lock`, { force: true }));

  it('refuses a second holder while the first process is alive, naming it', () => {
    fs.writeFileSync(`${dir}.lock`, String(process.ppid)); // a live process other than this one
    expect(() => lockDataDir(dir)).toThrowError(DataDirInUseError);
    expect(() => lockDataDir(dir)).toThrow(`in use by process ${process.ppid}`);
  });

  it('takes over a lock left by a process that died, and releases it', () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    fs.writeFileSync(`${dir}.lock`, dead);
    const release = lockDataDir(dir);
    expect(fs.readFileSync(`${dir}.lock`, 'utf8')).toBe(String(process.pid));
    release();
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);
  });
});
