import { expect, it } from 'vitest';
import { Emitter } from '../../src/util/emitter.js';

it('a throwing listener is reported once and never breaks other listeners or recurses', () => {
  const errors: unknown[] = [];
  const em: Emitter<{ a: number; error: unknown }> = new Emitter({ onListenerError: (e) => em.emit('error', e) });
  const got: number[] = [];
  em.on('a', () => {
    throw new Error('boom');
  });
  em.on('a', (v) => got.push(v));
  em.on('error', (e) => {
    errors.push(e);
    throw new Error('error listener fails too');
  });
  em.emit('a', 1);
  expect(got).toEqual([1]);
  expect(errors).toHaveLength(1);
  const off = em.on('a', (v) => got.push(v * 10));
  off();
  em.emit('a', 2);
  expect(got).toEqual([1, 2]);
});
