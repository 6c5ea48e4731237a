/** Shapes of the api's answers as the web uses them (see apps/api/openapi.json). Amounts are decimal strings. */
import type { ContractType, CooperationMode, Field } from '@libs/common/src/enums';

export type OrganizationType = 'enterprise' | 'institution' | 'bureau';
export type ListingKind = 'demand' | 'outcome';
export type ListingStatus = 'pending' | 'published' | 'rejected' | 'closed' | 'fulfilled';

export interface Organization {
  id: string;
  name: string;
  type: OrganizationType;
  typeLabel?: string;
  creditCode: string;
  region: string;
  verified: boolean;
  verifiedAt: string | null;
  createdAt: string;
}

export interface User {
  id: string;
  email: string;
  displayName: string;
  orgRole: string;
  organizationId: string;
}

export interface Me {
  user: User;
  org: Organization;
  role: OrganizationType;
}

export interface Page<T> {
  items: T[];
  total: number;
  page?: number;
  limit?: number;
}

interface ListingBase {
  id: string;
  title: string;
  field: Field;
  fieldLabel?: string;
  keywords: string[];
  status?: ListingStatus;
  statusLabel?: string;
  rejectReason?: string | null;
  organizationId: string;
  organizationName: string;
  contactVisible?: boolean;
  contactName?: string | null;
  contactPhone?: string | null;
  contactEmail?: string | null;
  createdAt?: string;
  updatedAt?: string;
  publishedAt?: string | null;
  /** Search hits: title and snippet with the matched words wrapped in <em>. */
  highlight?: { title: string; snippet: string };
}

export interface Demand extends ListingBase {
  description?: string;
  budgetMax: string | null;
  budgetLabel?: string;
  deadline: string | null;
  region: string;
  cooperationModes: CooperationMode[];
}

export interface Outcome extends ListingBase {
  abstract?: string;
  trl: number;
  stage?: string;
  stageLabel?: string;
  ipType?: string | null;
  ipTypeLabel?: string | null;
  patentNumbers?: string[];
  transferModes: CooperationMode[];
  askingPrice: string | null;
  priceLabel?: string;
}

export type Listing = Demand | Outcome;

export interface FacetCount {
  value: string;
  label: string;
  count: number;
}
export type Facets = Record<string, FacetCount[]>;

export interface SearchPage<T> extends Page<T> {
  facets?: Facets;
}

export interface Match {
  outcome?: Outcome;
  demand?: Demand;
  score: number;
  reasons: string[];
}

export interface ReviewItem {
  type: ListingKind;
  id: string;
  title: string;
  field: Field;
  fieldLabel: string;
  status: ListingStatus;
  statusLabel: string;
  organizationId: string;
  organizationName: string;
  updatedAt: string;
}

export interface InquiryMessage {
  id: string;
  organizationId: string;
  authorName: string;
  mine: boolean;
  body: string;
  createdAt: string;
}

export interface Inquiry {
  id: string;
  listing: { type: ListingKind; id: string; title: string };
  status: 'open' | 'closed' | string;
  statusLabel: string;
  side: 'sent' | 'received' | string;
  owner: { id: string; name: string };
  requester: { id: string; name: string };
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  messages?: InquiryMessage[];
}

export interface Deal {
  id: string;
  status: 'pending' | 'recorded' | 'cancelled';
  statusLabel: string;
  buyer: { id: string; name: string };
  seller: { id: string; name: string };
  demandId: string | null;
  outcomeId: string | null;
  inquiryId: string | null;
  contractType: ContractType;
  contractTypeLabel: string;
  field: Field;
  fieldLabel: string;
  amount: string;
  technologyAmount: string;
  signedAt: string;
  registrationNo: string | null;
  region: string;
  recordedAt: string | null;
  cancelledAt: string | null;
  createdAt: string;
}

export interface Target {
  year?: number;
  turnover: string;
  deals: number;
  demandsPublished: number;
}

interface Amounts {
  dealCount: number;
  amount: string;
  technologyAmount: string;
  share: number | null;
}

export interface TurnoverStats {
  year: number;
  target: Target | null;
  total: string;
  technologyTotal: string;
  dealCount: number;
  progress: number | null;
  dealsProgress: number | null;
  paceNeeded: { remaining: string; remainingDays: number; remainingMonths: number; perDay: string | null; perMonth: string | null } | null;
  byMonth: { month: number; dealCount: number; amount: string; cumulative: string; targetPace: string | null }[];
  byField: (Amounts & { field: Field; label: string })[];
  byContractType: (Amounts & { contractType: ContractType; label: string })[];
  byRegion: (Amounts & { region: string })[];
  topSellers: (Amounts & { orgId: string; name: string })[];
  largestContracts: { definition: string; count: number; amount: string; share: number | null };
}

export interface MarketNotification {
  id: string;
  kind: string;
  year: number;
  milestone: number | null;
  title: string;
  message: string;
  total: string | null;
  target: string | null;
  createdAt: string;
}
