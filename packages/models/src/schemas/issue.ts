/**
 * The one way our lenient wire schemas report a value they cannot read. zod/mini's `z.transform` hands the
 * transform the parse payload (classic zod added an `addIssue` helper to it; mini does not, to stay small), so
 * the issue is pushed the way classic's helper did: a `custom` issue carrying the rejected input.
 */
import * as z from 'zod/mini';

/**
 * Record a `custom` issue with `message` for `input` on `payload` and return zod's `NEVER` sentinel, which the
 * transform returns so the parse fails.
 *
 * @example
 * z.pipe(z.unknown(), z.transform((v, payload) => (typeof v === 'string' ? v : customIssue({ payload, input: v, message: 'string' }))));
 * @throws never
 * @internal
 */
export function customIssue(params: { payload: z.core.ParsePayload; input: unknown; message: string }): never {
  params.payload.issues.push({ code: 'custom', message: params.message, input: params.input });
  return z.NEVER;
}
