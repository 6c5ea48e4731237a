import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { Organization } from './organization.entity.js';

@Injectable()
export class OrganizationsRepository {
  constructor(@InjectRepository(Organization) private readonly repo: Repository<Organization>) {}

  findById(id: string): Promise<Organization | null> {
    return this.repo.findOneBy({ id });
  }

  /** Organizations named by id or by unified social credit code, in one query (for files of contracts). */
  findByIdsOrCreditCodes(ids: string[], creditCodes: string[]): Promise<Organization[]> {
    if (ids.length === 0 && creditCodes.length === 0) return Promise.resolve([]);
    return this.repo
      .createQueryBuilder('o')
      .where('o.id = ANY(CAST(:ids AS uuid[])) OR o.creditCode = ANY(CAST(:codes AS text[]))', { ids, codes: creditCodes })
      .getMany();
  }

  /** Locks the organization row: member changes of one organization take turns behind it. */
  lockById(manager: EntityManager, id: string): Promise<Organization | null> {
    return manager.getRepository(Organization).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findByCreditCode(creditCode: string): Promise<Organization | null> {
    return this.repo.findOneBy({ creditCode });
  }

  insert(manager: EntityManager, values: Pick<Organization, 'name' | 'type' | 'creditCode' | 'region'>): Promise<Organization> {
    return manager.getRepository(Organization).save(manager.getRepository(Organization).create(values));
  }

  async markVerified(id: string, by: string): Promise<Organization | null> {
    await this.repo
      .createQueryBuilder()
      .update()
      .set({ verified: true, verifiedAt: () => 'now()', verifiedBy: by })
      .where('id = :id AND verified = false', { id })
      .execute();
    return this.findById(id);
  }

  /** Idempotent: concurrent starts of several api replicas agree on one row. */
  async upsertBureau(values: Pick<Organization, 'name' | 'creditCode' | 'region'>): Promise<Organization> {
    await this.repo
      .createQueryBuilder()
      .insert()
      .values({ ...values, type: 'bureau', verified: true, verifiedAt: () => 'now()' })
      .orIgnore()
      .execute();
    return (await this.findByCreditCode(values.creditCode))!;
  }

  listPage(filter: { type?: string; verified?: boolean; q?: string }, page: number, limit: number): Promise<[Organization[], number]> {
    const qb = this.repo.createQueryBuilder('o');
    if (filter.type) qb.andWhere('o.type = :type', { type: filter.type });
    if (filter.verified !== undefined) qb.andWhere('o.verified = :verified', { verified: filter.verified });
    if (filter.q) qb.andWhere("o.name ILIKE :q ESCAPE '\\'", { q: `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    return qb
      .orderBy('o.createdAt', 'DESC')
      .addOrderBy('o.id', 'ASC')
      .skip((page - 1) * limit)
      .take(limit)
      .getManyAndCount();
  }
}
