import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { InquiryMessage } from './inquiry-message.entity.js';
import { Inquiry, type InquiryStatus } from './inquiry.entity.js';
import type { ListingKind } from './listing-kinds.js';

export type InquirySide = 'sent' | 'received';

@Injectable()
export class InquiriesRepository {
  constructor(
    @InjectRepository(Inquiry) private readonly inquiries: Repository<Inquiry>,
    @InjectRepository(InquiryMessage) private readonly messages: Repository<InquiryMessage>,
  ) {}

  findById(id: string): Promise<Inquiry | null> {
    return this.inquiries.findOneBy({ id });
  }

  lockById(manager: EntityManager, id: string): Promise<Inquiry | null> {
    return manager.getRepository(Inquiry).createQueryBuilder('i').setLock('pessimistic_write').where('i.id = :id', { id }).getOne();
  }

  findOpen(listingKind: ListingKind, listingId: string, requesterOrganizationId: string): Promise<Inquiry | null> {
    return this.inquiries.findOneBy({ listingKind, listingId, requesterOrganizationId, status: 'open' });
  }

  insert(manager: EntityManager, values: Partial<Inquiry>): Promise<Inquiry> {
    const repo = manager.getRepository(Inquiry);
    return repo.save(repo.create(values));
  }

  save(manager: EntityManager, inquiry: Inquiry): Promise<Inquiry> {
    return manager.getRepository(Inquiry).save(inquiry);
  }

  async addMessage(manager: EntityManager, values: Partial<InquiryMessage>): Promise<InquiryMessage> {
    const repo = manager.getRepository(InquiryMessage);
    const message = await repo.save(repo.create(values));
    await manager.getRepository(Inquiry).update({ id: values.inquiryId }, { updatedAt: () => 'now()' });
    return message;
  }

  messagesOf(inquiryId: string): Promise<InquiryMessage[]> {
    return this.messages.find({ where: { inquiryId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Inquiries the organization opened and/or received, most recently active first. */
  listFor(
    organizationId: string,
    filter: { side?: InquirySide; status?: InquiryStatus },
    page: number,
    limit: number,
  ): Promise<[Inquiry[], number]> {
    const qb = this.inquiries.createQueryBuilder('i');
    if (filter.side === 'sent') qb.where('i.requesterOrganizationId = :org', { org: organizationId });
    else if (filter.side === 'received') qb.where('i.ownerOrganizationId = :org', { org: organizationId });
    else qb.where('(i.requesterOrganizationId = :org OR i.ownerOrganizationId = :org)', { org: organizationId });
    if (filter.status) qb.andWhere('i.status = :status', { status: filter.status });
    return qb
      .orderBy('i.updatedAt', 'DESC')
      .addOrderBy('i.id', 'ASC')
      .skip((page - 1) * limit)
      .take(limit)
      .getManyAndCount();
  }
}
