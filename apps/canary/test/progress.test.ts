import { describe, expect, it } from 'vitest';
import { createProgress } from '../src/progress.js';
import { createRecorder } from '../src/recorder.js';

function sink(isTTY: boolean): { chunks: string[]; write(c: string): boolean; isTTY: boolean } {
  const chunks: string[] = [];
  return {
    chunks,
    isTTY,
    write: (c: string) => {
      chunks.push(c);
      return true;
    },
  };
}

describe('progress', () => {
  it('prints plain lines when not a TTY, redacted', () => {
    const out = sink(false);
    const p = createProgress({ stream: out, redact: (s) => s.replaceAll('hunter2hunter2', '[REDACTED]') });
    const rec = createRecorder({ observer: p });
    rec.startStep('x', 'Do x').finish('passed', { detail: 'key hunter2hunter2' });
    rec.event({ kind: 'order-open', source: 'ws', status: 'open' });
    p.close();
    const text = out.chunks.join('');
    expect(text).toMatch(/^\.\. {3}Do x\n/);
    expect(text).toMatch(/ok {3}Do x \(\d+ ms\) — key \[REDACTED\]\n/);
    expect(text).toMatch(/WS order-open \(open\)/);
    expect(text).not.toContain('\r');
  });

  it('draws a spinner on a TTY and stops it on close', () => {
    const out = sink(true);
    const p = createProgress({ stream: out, redact: (s) => s });
    p.onStepStart?.({ id: 'a', title: 'Wait' });
    p.close();
    expect(out.chunks.join('')).toContain('\r\u001b[2K');
  });

  it('plain output: a step with a budget prints "still waiting" with elapsed time and budget, and its end line names the budget', async () => {
    const out = sink(false);
    const p = createProgress({ stream: out, redact: (s) => s, slowStepNoticeMs: 20 });
    const rec = createRecorder({ observer: p });
    const step = rec.startStep('wait', 'Wait for accepted', { budgetMs: 30_000 });
    while (!out.chunks.join('').includes('still waiting')) await new Promise((r) => setTimeout(r, 5));
    step.finish('passed');
    p.close();
    const text = out.chunks.join('');
    expect(text).toMatch(/^\.\. {3}Wait for accepted: still waiting, \d+\.\ds of 30\.0s budget$/m);
    expect(text).toMatch(/^ok {3}Wait for accepted \(\d+ ms of 30000 ms budget\)$/m);
    // the notices stop with the step: nothing is printed after the end line
    const before = out.chunks.length;
    await new Promise((r) => setTimeout(r, 60));
    expect(out.chunks.length).toBe(before);
  });

  it('plain output: a short step and a step without a budget print no budget', () => {
    const out = sink(false);
    const p = createProgress({ stream: out, redact: (s) => s, slowStepNoticeMs: 60_000 });
    const rec = createRecorder({ observer: p });
    rec.startStep('a', 'Quick', { budgetMs: 30_000 }).finish('passed');
    rec.startStep('b', 'Unbounded').finish('passed');
    p.close();
    expect(out.chunks.join('')).not.toMatch(/budget|still waiting/);
  });

  it('TTY: the spinner shows elapsed time against the budget', () => {
    const out = sink(true);
    const p = createProgress({ stream: out, redact: (s) => s });
    p.onStepStart?.({ id: 'a', title: 'Wait', budgetMs: 30_000 });
    p.close();
    expect(out.chunks.join('')).toMatch(/Wait … \d+\.\ds of 30\.0s budget/);
  });
});
