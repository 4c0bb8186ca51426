import { describe, expect, it } from 'vitest';
import * as api from './index.js';

describe('public API', () => {
  it('is an ES module namespace', () => {
    expect(typeof api).toBe('object');
  });
});
