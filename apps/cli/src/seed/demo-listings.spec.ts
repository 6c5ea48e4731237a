import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { CreateDemandDto } from '../../../api/src/listings/dto/create-demand.dto.js';
import { CreateOutcomeDto } from '../../../api/src/listings/dto/create-outcome.dto.js';
import { DEMO_ORGANIZATIONS } from './demo-data.js';
import { DEMO_DEMANDS } from './demo-demands.js';
import { DEMO_OUTCOMES } from './demo-outcomes.js';

const problems = (errors: ReturnType<typeof validateSync>) =>
  errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join(', ')}`);

describe('demo listings', () => {
  const orgs = new Map(DEMO_ORGANIZATIONS.map((o) => [o.key, o]));

  it.each(DEMO_DEMANDS.map((d) => [d.title, d] as const))(
    'demand %s passes the api’s rules and belongs to an enterprise',
    (_title, demo) => {
      const { owner, deadlineInDays, publishedDaysAgo: _ago, ...input } = demo;
      expect(orgs.get(owner)?.type).toBe('enterprise');
      const deadline =
        deadlineInDays === undefined ? undefined : new Date(Date.now() + deadlineInDays * 86400000).toISOString().slice(0, 10);
      const dto = plainToInstance(CreateDemandDto, { ...input, region: orgs.get(owner)!.region, ...(deadline ? { deadline } : {}) });
      expect(problems(validateSync(dto, { whitelist: true, forbidNonWhitelisted: true }))).toEqual([]);
    },
  );

  it.each(DEMO_OUTCOMES.map((o) => [o.title, o] as const))(
    'outcome %s passes the api’s rules and belongs to an institution',
    (_title, demo) => {
      const { owner, publishedDaysAgo: _ago, ...input } = demo;
      expect(orgs.get(owner)?.type).toBe('institution');
      const dto = plainToInstance(CreateOutcomeDto, input);
      expect(problems(validateSync(dto, { whitelist: true, forbidNonWhitelisted: true }))).toEqual([]);
    },
  );

  it('covers every field the county cares about, on both sides', () => {
    const demandFields = new Set(DEMO_DEMANDS.map((d) => d.field));
    const outcomeFields = new Set(DEMO_OUTCOMES.map((o) => o.field));
    for (const field of [
      'modern_agriculture',
      'advanced_manufacturing',
      'resources_environment',
      'new_materials',
      'electronics',
      'new_energy',
      'biomedicine',
    ]) {
      expect(demandFields.has(field as never) && outcomeFields.has(field as never)).toBe(true);
    }
    expect(DEMO_DEMANDS.length).toBeGreaterThanOrEqual(25);
    expect(DEMO_OUTCOMES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(DEMO_OUTCOMES.map((o) => o.title)).size).toBe(DEMO_OUTCOMES.length);
    expect(new Set(DEMO_DEMANDS.map((d) => d.title)).size).toBe(DEMO_DEMANDS.length);
  });
});
