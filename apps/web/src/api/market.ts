/** The market's routes (DESIGN.md's HTTP contract), one function each. */
import { request, type Query } from './client';
import type {
  MarketNotification,
  Deal,
  Demand,
  Inquiry,
  InquiryMessage,
  ListingKind,
  Match,
  Organization,
  Outcome,
  Page,
  ReviewItem,
  SearchPage,
  Target,
  TurnoverStats,
} from './types';

export const plural = (kind: ListingKind) => (kind === 'demand' ? 'demands' : 'outcomes');

export const searchListings = <T extends Demand | Outcome>(kind: ListingKind, query: Query, signal?: AbortSignal) =>
  request<SearchPage<T>>(`/${plural(kind)}`, { query, signal });

export const getListing = <T extends Demand | Outcome>(kind: ListingKind, id: string) =>
  request<T>(`/${plural(kind)}/${encodeURIComponent(id)}`);

export const createListing = <T extends Demand | Outcome>(kind: ListingKind, body: unknown) =>
  request<T>(`/${plural(kind)}`, { method: 'POST', body });

export const updateListing = <T extends Demand | Outcome>(kind: ListingKind, id: string, body: unknown) =>
  request<T>(`/${plural(kind)}/${encodeURIComponent(id)}`, { method: 'PATCH', body });

export const closeListing = (kind: ListingKind, id: string) =>
  request<unknown>(`/${plural(kind)}/${encodeURIComponent(id)}/close`, { method: 'POST' });

export const getMatches = (kind: ListingKind, id: string, limit = 10) =>
  request<{ items: Match[] }>(`/${plural(kind)}/${encodeURIComponent(id)}/matches`, { query: { limit } });

export const approveListing = (kind: ListingKind, id: string) => request<unknown>(`/${plural(kind)}/${id}/approve`, { method: 'POST' });
export const rejectListing = (kind: ListingKind, id: string, reason: string) =>
  request<unknown>(`/${plural(kind)}/${id}/reject`, { method: 'POST', body: { reason } });

/** The caller organization's own listings, any status. */
export const listMyListings = <T extends Demand | Outcome>(kind: ListingKind, query: Query) =>
  request<Page<T>>(`/my/${plural(kind)}`, { query });
/** The bureau's review queue (pending listings of both kinds, oldest first). */
export const listReviewQueue = (query: Query) => request<Page<ReviewItem>>('/review', { query });

export const createInquiry = (body: { demandId?: string; outcomeId?: string; message: string }) =>
  request<Inquiry>('/inquiries', { method: 'POST', body });
export const listInquiries = (query: Query = {}) => request<Page<Inquiry>>('/inquiries', { query });
export const getInquiry = (id: string) => request<Inquiry>(`/inquiries/${id}`);
export const sendMessage = (id: string, body: string) =>
  request<InquiryMessage>(`/inquiries/${id}/messages`, { method: 'POST', body: { body } });
export const closeInquiry = (id: string) => request<unknown>(`/inquiries/${id}/close`, { method: 'POST' });

export const createDeal = (body: unknown, idempotencyKey: string) =>
  request<{ id: string; status: string }>('/deals', { method: 'POST', body, headers: { 'Idempotency-Key': idempotencyKey } });
export const listDeals = (query: Query = {}) => request<Page<Deal>>('/deals', { query });
export const getDeal = (id: string) => request<Deal>(`/deals/${id}`);
export const cancelDeal = (id: string, reason?: string) =>
  request<Deal>(`/deals/${id}/cancel`, { method: 'POST', body: reason ? { reason } : {} });
export const getTarget = (year: number) => request<Target>(`/targets/${year}`);
export const putTarget = (year: number, body: Omit<Target, 'year'>) => request<Target>(`/targets/${year}`, { method: 'PUT', body });
export const getTurnover = (year: number) => request<TurnoverStats>('/stats/turnover', { query: { year } });

export const listOrganizations = (query: Query) => request<Page<Organization>>('/organizations', { query });
export const verifyOrganization = (id: string) => request<Organization>(`/organizations/${id}/verify`, { method: 'POST' });
export const listNotifications = (year: number) => request<Page<MarketNotification>>('/notifications', { query: { year, limit: 5 } });
export const getHistory = (kind: ListingKind, id: string) =>
  request<{ from: string | null; to: string; toLabel: string; reason: string | null; at: string }[]>(
    `/${plural(kind)}/${encodeURIComponent(id)}/history`,
  );
