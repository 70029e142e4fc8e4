import { describe, expect, it } from 'vitest';
import { createProgress } from '../src/progress.js';
import { createRecorder } from '../src/recorder.js';

function sink(isTTY: boolean): { chunks: string[]; write(c: string): boolean; isTTY: boolean } {
  const chunks: string[] = [];
  return { chunks, isTTY, write: (c: string) => {
      chunks.push(c);
      return true;
    } };
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
});
