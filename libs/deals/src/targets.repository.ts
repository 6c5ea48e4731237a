import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AnnualTarget } from './annual-target.entity.js';

@Injectable()
export class TargetsRepository {
  constructor(@InjectRepository(AnnualTarget) private readonly repo: Repository<AnnualTarget>) {}

  findByYear(year: number): Promise<AnnualTarget | null> {
    return this.repo.findOneBy({ year });
  }

  async upsert(
    values: Pick<AnnualTarget, 'year' | 'turnoverFen' | 'deals' | 'demandsPublished' | 'basis' | 'updatedByUserId'>,
  ): Promise<AnnualTarget> {
    await this.repo.upsert(values, { conflictPaths: ['year'] });
    return (await this.findByYear(values.year))!;
  }
}
