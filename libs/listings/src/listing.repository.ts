import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { Demand } from './demand.entity.js';
import type { ListingKind, ListingStatus } from './listing-kinds.js';
import type { ListingEntity, ListingOf } from './listing-types.js';
import { Outcome } from './outcome.entity.js';

/** Queries of one listing table; the demand and outcome tables share their lifecycle columns. */
export class ListingRepository<T extends ListingEntity> {
  constructor(private readonly repo: Repository<T>) {}

  private get target() {
    return this.repo.target;
  }

  findById(id: string): Promise<T | null> {
    return this.repo.createQueryBuilder('l').where('l.id = :id', { id }).getOne();
  }

  findWithOrganization(id: string): Promise<T | null> {
    return this.repo.createQueryBuilder('l').leftJoinAndSelect('l.organization', 'o').where('l.id = :id', { id }).getOne();
  }

  findPublishedWithOrganization(id: string): Promise<T | null> {
    return this.repo
      .createQueryBuilder('l')
      .leftJoinAndSelect('l.organization', 'o')
      .where('l.id = :id AND l.status = :status', { id, status: 'published' })
      .getOne();
  }

  /** Row-locks the listing for the rest of the transaction (status changes are serialised). */
  lockById(manager: EntityManager, id: string): Promise<T | null> {
    return manager.getRepository(this.target).createQueryBuilder('l').setLock('pessimistic_write').where('l.id = :id', { id }).getOne();
  }

  insert(manager: EntityManager, values: Partial<T>): Promise<T> {
    const repo = manager.getRepository(this.target);
    return repo.save(repo.create(values as T));
  }

  save(manager: EntityManager, entity: T): Promise<T> {
    return manager.getRepository(this.target).save(entity);
  }

  listByOrganization(organizationId: string, status: ListingStatus | undefined, page: number, limit: number): Promise<[T[], number]> {
    const qb = this.repo.createQueryBuilder('l').leftJoinAndSelect('l.organization', 'o').where('l.organizationId = :organizationId', {
      organizationId,
    });
    if (status) qb.andWhere('l.status = :status', { status });
    return qb
      .orderBy('l.updatedAt', 'DESC')
      .addOrderBy('l.id', 'ASC')
      .skip((page - 1) * limit)
      .take(limit)
      .getManyAndCount();
  }

  /** Published listings after `afterId` in id order, with their organization: reindexing walks these. */
  publishedBatch(afterId: string | null, limit: number): Promise<T[]> {
    const qb = this.repo
      .createQueryBuilder('l')
      .leftJoinAndSelect('l.organization', 'o')
      .where('l.status = :status', { status: 'published' });
    if (afterId) qb.andWhere('l.id > :afterId', { afterId });
    return qb.orderBy('l.id', 'ASC').take(limit).getMany();
  }

  countPublished(): Promise<number> {
    return this.repo.createQueryBuilder('l').where('l.status = :status', { status: 'published' }).getCount();
  }

  findManyWithOrganization(ids: string[]): Promise<T[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.repo.createQueryBuilder('l').leftJoinAndSelect('l.organization', 'o').where('l.id IN (:...ids)', { ids }).getMany();
  }

  /** id → updatedAt (ms) of the listings that exist. */
  async versions(ids: string[]): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const rows = await this.repo
      .createQueryBuilder('l')
      .select('l.id', 'id')
      .addSelect('l.updatedAt', 'updatedAt')
      .where('l.id IN (:...ids)', { ids })
      .getRawMany<{ id: string; updatedAt: Date }>();
    return new Map(rows.map((r) => [r.id, new Date(r.updatedAt).getTime()]));
  }

  /** Published listings last confirmed before `before`, oldest first; `unremindedOnly`: not yet reminded of expiry. */
  async confirmedBefore(before: Date, limit: number, unremindedOnly = false): Promise<T[]> {
    const qb = this.repo
      .createQueryBuilder('l')
      .where('l.status = :status', { status: 'published' })
      .andWhere('COALESCE(l.confirmedAt, l.publishedAt) < :before', { before });
    if (unremindedOnly) qb.andWhere('l.expiryRemindedAt IS NULL');
    return qb.orderBy('COALESCE(l.confirmedAt, l.publishedAt)', 'ASC').limit(limit).getMany();
  }

  async markReminded(ids: string[]): Promise<void> {
    if (ids.length > 0)
      await this.repo
        .createQueryBuilder()
        .update()
        .set({ expiryRemindedAt: () => 'now()' } as never)
        .whereInIds(ids)
        .execute();
  }

  async publishedIds(ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.repo
      .createQueryBuilder('l')
      .select('l.id', 'id')
      .where('l.id IN (:...ids) AND l.status = :status', { ids, status: 'published' })
      .getRawMany<{ id: string }>();
    return new Set(rows.map((r) => r.id));
  }
}

/** The listing table of each kind. */
@Injectable()
export class ListingRepositories {
  private readonly byKind: { [K in ListingKind]: ListingRepository<ListingOf<K>> };

  constructor(@InjectRepository(Demand) demands: Repository<Demand>, @InjectRepository(Outcome) outcomes: Repository<Outcome>) {
    this.byKind = { demand: new ListingRepository(demands), outcome: new ListingRepository(outcomes) };
  }

  of<K extends ListingKind>(kind: K): ListingRepository<ListingOf<K>> {
    return this.byKind[kind];
  }
}
