import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as api from './index.js';

const root = fileURLToPath(new URL('../', import.meta.url));

describe('public API', () => {
  it('exposes load/save, assess and recommend', () => {
    expect(typeof api.loadPlan).toBe('function');
    expect(typeof api.savePlan).toBe('function');
    expect(typeof api.writeTextFileAtomic).toBe('function');
    expect(typeof api.assess).toBe('function');
    expect(typeof api.recommend).toBe('function');
    expect(api.PLAN_SCHEMA_VERSION).toBe(1);
  });

  it('a new plan is valid against the schema', () => {
    const plan = api.createPlan({ id: 'new-plan', name: 'New plan' });
    expect(api.validatePlan(structuredClone(plan), 'new.plan.yaml')).toEqual({ ok: true, value: plan });
  });
});

describe('published JSON Schema', () => {
  it('is the TypeBox schema, with the 2020-12 dialect', () => {
    const published = JSON.parse(readFileSync(new URL('../schemas/plan.schema.json', import.meta.url), 'utf8'));
    expect(published).toEqual({ $schema: 'https://json-schema.org/draft/2020-12/schema', ...JSON.parse(JSON.stringify(api.Plan)) });
  });

  it('and the precompiled validator have not drifted from src/plan-schema.ts (build-plan-schema --check)', { timeout: 60_000 }, () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-plan-schema.ts', '--check'], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
