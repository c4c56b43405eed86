// Runs a task in a fresh Node process, pinned to one CPU with taskset where there is one (Linux), so that
// "vendors per second" means one core, GC helper threads included.
import { spawn, spawnSync } from 'node:child_process';
import type { Task, TaskResult } from './run';

export const CHILD_FLAG = '--child';

export function canPin(): boolean {
  return process.platform === 'linux' && spawnSync('taskset', ['-c', '0', 'true']).status === 0;
}

/** `cpu`: the CPU to pin the process to, or null to leave it to the OS. */
export function runInChild(entry: string, task: Task, cpu: number | null): Promise<TaskResult> {
  const nodeArgs = [...process.execArgv, '--expose-gc', '--max-old-space-size=4096', entry, CHILD_FLAG, JSON.stringify(task)];
  const [command, args] = cpu === null ? [process.execPath, nodeArgs] : ['taskset', ['-c', String(cpu), process.execPath, ...nodeArgs]];
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let result: TaskResult | null = null;
    child.on('message', (m) => (result = m as TaskResult));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (result) resolve(result);
      else reject(new Error(`benchmark child ${task.kind} exited with ${signal ?? code} and no result`));
    });
  });
}

/** The child side: runs the task given on the command line and sends the result to the parent. */
export async function childMain(argv: readonly string[], run: (task: Task) => Promise<TaskResult>): Promise<void> {
  const task = JSON.parse(argv[argv.indexOf(CHILD_FLAG) + 1] ?? '{}') as Task;
  const result = await run(task);
  await new Promise<void>((resolve, reject) => process.send?.(result, (err: Error | null) => (err ? reject(err) : resolve())));
  process.disconnect?.();
}
