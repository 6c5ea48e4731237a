import { Injectable } from '@nestjs/common';
import { AccountsService, type Principal } from '@app/accounts';
import { isUniqueViolation, ValidationFailedError } from '@app/common';
import { DataSource } from 'typeorm';
import { InquiriesRepository, type InquirySide } from './inquiries.repository.js';
import type { InquiryMessage } from './inquiry-message.entity.js';
import type { Inquiry, InquiryDeclineReason, InquiryStatus } from './inquiry.entity.js';
import type { ListingKind } from './listing-kinds.js';
import { inquiryAlreadyOpen, inquiryClosed, inquiryDeclineOwnerOnly, inquiryNotFound, inquiryOwnListing } from './listings.errors.js';
import { ListingsService } from './listings.service.js';

export interface OpenInquiryInput {
  listingKind: ListingKind;
  listingId: string;
  message: string;
  /** The match it started from: the other kind's listing whose matches showed this one, and the rank there. */
  fromMatch?: { listingId: string; rank: number } | null;
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
  ) {}

  async open(actor: Principal, input: OpenInquiryInput): Promise<InquiryView> {
    const listing = await this.listings.published(input.listingKind, input.listingId);
    if (listing.organizationId === actor.organizationId) throw inquiryOwnListing();
    const author = await this.accounts.getUser(actor.userId);
    const match = input.fromMatch ? await this.matchOrigin(input.listingKind, input.fromMatch) : null;
    try {
      const inquiry = await this.dataSource.transaction(async (manager) => {
        const created = await this.inquiries.insert(manager, {
          listingKind: input.listingKind,
          listingId: listing.id,
          listingTitle: listing.title,
          ownerOrganizationId: listing.organizationId,
          requesterOrganizationId: actor.organizationId,
          openedBy: actor.userId,
          matchListingId: match?.listingId ?? null,
          matchRank: match?.rank ?? null,
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

  /** A match origin must name a published listing of the other kind (matches pair a demand with an outcome). */
  private async matchOrigin(kind: ListingKind, match: { listingId: string; rank: number }): Promise<{ listingId: string; rank: number }> {
    const other: ListingKind = kind === 'demand' ? 'outcome' : 'demand';
    if (!Number.isInteger(match.rank) || match.rank < 1 || match.rank > 100) {
      throw ValidationFailedError.forField('fromMatch.rank', 'fromMatch.rank must be a whole number from 1 to 100');
    }
    const found = await this.listings.published(other, match.listingId).catch(() => null);
    if (!found) {
      throw ValidationFailedError.forField(
        'fromMatch.listingId',
        `fromMatch.listingId must be a ${other} whose matches showed this listing`,
      );
    }
    return match;
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

  /** Either side may close; closing a closed or declined inquiry changes nothing. */
  async close(actor: Principal, id: string): Promise<InquiryView> {
    const inquiry = await this.dataSource.transaction(async (manager) => {
      const found = await this.inquiries.lockById(manager, id);
      if (!found || !isParty(found, actor)) throw inquiryNotFound();
      if (found.status !== 'open') return found;
      Object.assign(found, { status: 'closed', closedBy: actor.userId, closedAt: new Date() });
      return this.inquiries.save(manager, found);
    });
    return this.view(inquiry, true);
  }

  /**
   * The listing's owner declines, with a reason the asker sees; declining twice changes nothing,
   * an inquiry closed before cannot be declined. `declined` is true when this call declined it.
   */
  async decline(
    actor: Principal,
    id: string,
    input: { reason: InquiryDeclineReason; note?: string },
  ): Promise<InquiryView & { declined: boolean }> {
    let declined = false;
    const inquiry = await this.dataSource.transaction(async (manager) => {
      const found = await this.inquiries.lockById(manager, id);
      if (!found || !isParty(found, actor)) throw inquiryNotFound();
      if (found.ownerOrganizationId !== actor.organizationId) throw inquiryDeclineOwnerOnly();
      if (found.status === 'declined') return found;
      if (found.status !== 'open') throw inquiryClosed();
      declined = true;
      Object.assign(found, {
        status: 'declined',
        declineReason: input.reason,
        declineNote: input.note?.trim() || null,
        closedBy: actor.userId,
        closedAt: new Date(),
      });
      return this.inquiries.save(manager, found);
    });
    return { ...(await this.view(inquiry, true)), declined };
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
    const orgs = await this.accounts.findOrganizations({ ids });
    return Object.fromEntries(orgs.map((o) => [o.id, o.name]));
  }

  private message(inquiryId: string, actor: Principal, authorName: string, body: string): Partial<InquiryMessage> {
    return { inquiryId, organizationId: actor.organizationId, authorUserId: actor.userId, authorName, body: body.trim() };
  }
}

const isParty = (inquiry: Inquiry, actor: Principal) =>
  inquiry.ownerOrganizationId === actor.organizationId || inquiry.requesterOrganizationId === actor.organizationId;
