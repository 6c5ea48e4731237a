import { Injectable } from '@nestjs/common';
import { AccountsService, OrganizationsRepository, type Principal } from '@app/accounts';
import { isUniqueViolation } from '@app/common';
import { DataSource } from 'typeorm';
import { InquiriesRepository, type InquirySide } from './inquiries.repository.js';
import type { InquiryMessage } from './inquiry-message.entity.js';
import type { Inquiry, InquiryStatus } from './inquiry.entity.js';
import type { ListingKind } from './listing-kinds.js';
import { inquiryAlreadyOpen, inquiryClosed, inquiryNotFound, inquiryOwnListing } from './listings.errors.js';
import { ListingsService } from './listings.service.js';

export interface OpenInquiryInput {
  listingKind: ListingKind;
  listingId: string;
  message: string;
}

export interface InquiryView {
  inquiry: Inquiry;
  organizationNames: Record<string, string>;
  messages?: InquiryMessage[];
}

/** 对接: conversations between a listing's owner and another organization; nobody else sees them. */
@Injectable()
export class InquiriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly inquiries: InquiriesRepository,
    private readonly listings: ListingsService,
    private readonly accounts: AccountsService,
    private readonly organizations: OrganizationsRepository,
  ) {}

  async open(actor: Principal, input: OpenInquiryInput): Promise<InquiryView> {
    const listing =
      input.listingKind === 'demand'
        ? await this.listings.publishedDemand(input.listingId)
        : await this.listings.publishedOutcome(input.listingId);
    if (listing.organizationId === actor.organizationId) throw inquiryOwnListing();
    const author = await this.accounts.getUser(actor.userId);
    try {
      const inquiry = await this.dataSource.transaction(async (manager) => {
        const created = await this.inquiries.insert(manager, {
          listingKind: input.listingKind,
          listingId: listing.id,
          listingTitle: listing.title,
          ownerOrganizationId: listing.organizationId,
          requesterOrganizationId: actor.organizationId,
          openedBy: actor.userId,
          status: 'open',
        });
        await this.inquiries.addMessage(manager, this.message(created.id, actor, author.displayName, input.message));
        return created;
      });
      return this.view(inquiry, true);
    } catch (error) {
      if (!isUniqueViolation(error, 'uq_inquiries_open')) throw error;
      const existing = await this.inquiries.findOpen(input.listingKind, listing.id, actor.organizationId);
      throw inquiryAlreadyOpen(existing?.id ?? '');
    }
  }

  async list(
    actor: Principal,
    filter: { side?: InquirySide; status?: InquiryStatus },
    page: number,
    limit: number,
  ): Promise<[InquiryView[], number]> {
    const [rows, total] = await this.inquiries.listFor(actor.organizationId, filter, page, limit);
    const names = await this.names(rows);
    return [rows.map((inquiry) => ({ inquiry, organizationNames: names })), total];
  }

  async get(actor: Principal, id: string): Promise<InquiryView> {
    return this.view(await this.partyInquiry(actor, id), true);
  }

  async addMessage(actor: Principal, id: string, body: string): Promise<InquiryMessage> {
    const author = await this.accounts.getUser(actor.userId);
    return this.dataSource.transaction(async (manager) => {
      const inquiry = await this.inquiries.lockById(manager, id);
      if (!inquiry || !isParty(inquiry, actor)) throw inquiryNotFound();
      if (inquiry.status !== 'open') throw inquiryClosed();
      return this.inquiries.addMessage(manager, this.message(inquiry.id, actor, author.displayName, body));
    });
  }

  /** Either side may close; closing a closed inquiry changes nothing. */
  async close(actor: Principal, id: string): Promise<InquiryView> {
    const inquiry = await this.dataSource.transaction(async (manager) => {
      const found = await this.inquiries.lockById(manager, id);
      if (!found || !isParty(found, actor)) throw inquiryNotFound();
      if (found.status === 'closed') return found;
      Object.assign(found, { status: 'closed', closedBy: actor.userId, closedAt: new Date() });
      return this.inquiries.save(manager, found);
    });
    return this.view(inquiry, true);
  }

  private async partyInquiry(actor: Principal, id: string): Promise<Inquiry> {
    const inquiry = await this.inquiries.findById(id);
    if (!inquiry || !isParty(inquiry, actor)) throw inquiryNotFound();
    return inquiry;
  }

  private async view(inquiry: Inquiry, withMessages: boolean): Promise<InquiryView> {
    const messages = withMessages ? await this.inquiries.messagesOf(inquiry.id) : undefined;
    return { inquiry, organizationNames: await this.names([inquiry]), messages };
  }

  private async names(inquiries: Inquiry[]): Promise<Record<string, string>> {
    const ids = Array.from(new Set(inquiries.flatMap((i) => [i.ownerOrganizationId, i.requesterOrganizationId])));
    const orgs = await this.organizations.findByIds(ids);
    return Object.fromEntries(orgs.map((o) => [o.id, o.name]));
  }

  private message(inquiryId: string, actor: Principal, authorName: string, body: string): Partial<InquiryMessage> {
    return { inquiryId, organizationId: actor.organizationId, authorUserId: actor.userId, authorName, body: body.trim() };
  }
}

const isParty = (inquiry: Inquiry, actor: Principal) =>
  inquiry.ownerOrganizationId === actor.organizationId || inquiry.requesterOrganizationId === actor.organizationId;
