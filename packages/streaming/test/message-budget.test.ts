import { expect, it } from 'vitest';
import { MessageBudget } from '../src/message-budget.js';

it('allows perMinute messages in any rolling minute', () => {
  let now = 0;
  const b = new MessageBudget(2, () => now);
  expect(b.tryTake()).toBe(true);
  now = 30_000;
  expect(b.tryTake()).toBe(true);
  expect(b.tryTake()).toBe(false);
  now = 60_001;
  expect(b.available()).toBe(1);
  expect(b.tryTake()).toBe(true);
  b.record(); // over budget on purpose (keepalive)
  expect(b.available()).toBe(-1);
});
