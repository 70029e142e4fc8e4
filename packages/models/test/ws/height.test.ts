import { describe, expect, it } from 'vitest';
import { parseWsFrame } from '../../src/index.js';
import { loadFixture } from '../helpers/fixtures.js';

describe('height frames', () => {
  it('parses nt_height_update.json', () => {
    const f = parseWsFrame(loadFixture('ws/nt_height_update.json'));
    if (f.kind !== 'height') throw new Error(`kind ${f.kind}`);
    expect(f.height).toBe(227535532);
    expect(f.channel).toBe('height');
    expect(f.timestamp).toBe(1774883844933);
  });
});
