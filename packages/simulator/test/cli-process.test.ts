// The `lighter-sim` binary as a user runs it: a child process of the built bin (turbo builds this package
// before its tests), its exit code, stdout and stderr.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { type Server, createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const pkgDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(pkgDir, 'bin', 'lighter-sim.js');
const children: ChildProcess[] = [];
const servers: Server[] = [];

afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  for (const server of servers.splice(0)) await new Promise((r) => server.close(r));
});

function runBin(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = execFile(process.execPath, [bin, ...args], (err, stdout, stderr) => {
      done({ code: err === null ? 0 : typeof err.code === 'number' ? err.code : null, stdout, stderr });
    });
    children.push(child);
  });
}

/** Every flag the parser accepts, read from its switch, so a new flag without help text fails here. */
function parsedFlags(): string[] {
  const source = readFileSync(join(pkgDir, 'src', 'cli-args.ts'), 'utf8');
  return [...source.matchAll(/case '(-{1,2}[\w-]+)':/g)].map((m) => m[1]!);
}

describe('lighter-sim (child process)', () => {
  it('--help exits 0 and lists every flag the parser accepts', async () => {
    const { code, stdout, stderr } = await runBin(['--help']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const flags = parsedFlags();
    expect(flags).toEqual(expect.arrayContaining(['--port', '--accounts', '--version', '--help', '-h']));
    for (const flag of flags) expect(stdout, flag).toMatch(new RegExp(`(^|[\\s,])${flag}\\b`, 'm'));
  });

  it('--version prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string };
    const { code, stdout } = await runBin(['--version']);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(version);
  });

  it('an unknown flag exits 2 and points at --help', async () => {
    const { code, stderr } = await runBin(['--prot', '8080']);
    expect(code).toBe(2);
    expect(stderr.trim()).toBe('unknown flag --prot (lighter-sim --help lists every flag)');
  });

  it('a busy port prints one clean line naming the port and exits 1 (no EADDRINUSE stack)', async () => {
    const server = createServer();
    servers.push(server);
    const port = await new Promise<number>((r) =>
      server.listen(0, '127.0.0.1', () => r((server.address() as { port: number }).port)),
    );
    const { code, stdout, stderr } = await runBin(['--port', String(port)]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`port ${port} on 127.0.0.1 is already in use`);
    expect(stderr).not.toMatch(/EADDRINUSE|\n\s+at /);
  });

  it('--accounts N --json prints funded keys as one JSON line, serves them, and exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, [bin, '--accounts', '2', '--json', '--no-market-makers'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    while (!stdout.includes('\n')) {
      if (child.exitCode !== null) throw new Error(`lighter-sim exited early with ${child.exitCode}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    const info = JSON.parse(stdout.split('\n')[0]!) as {
      rest: string;
      accounts: { accountIndex: number; apiKeyIndex: number; apiPrivateKey: string; collateral: string }[];
    };
    expect(info.accounts).toHaveLength(2);
    for (const a of info.accounts) {
      expect(a).toMatchObject({ apiKeyIndex: 4, collateral: '100000' });
      expect(a.apiPrivateKey).toMatch(/^(0x)?[0-9a-f]{80}$/);
      const res = (await (await fetch(`${info.rest}/api/v1/account?by=index&value=${a.accountIndex}`)).json()) as {
        accounts: { collateral: string }[];
      };
      expect(res.accounts[0]?.collateral).toBe('100000.000000');
    }
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
