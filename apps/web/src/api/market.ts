/** The market's routes (DESIGN.md's HTTP contract), one function each, typed from the generated schema. */
import { api, call, download, type BodyOf, type QueryOf } from './client';
import type { ListingKind, Schemas } from './models';

type ByKind<K extends ListingKind, D, O> = K extends 'demand' ? D : O;
type ListingOf<K extends ListingKind> = ByKind<K, Schemas['DemandResponse'], Schemas['OutcomeResponse']>;
export type ListingInput<K extends ListingKind> = ByKind<K, Schemas['CreateDemandDto'], Schemas['CreateOutcomeDto']>;
export type ListingUpdate<K extends ListingKind> = ByKind<K, Schemas['UpdateDemandDto'], Schemas['UpdateOutcomeDto']>;
export type SearchQuery<K extends ListingKind> = ByKind<K, QueryOf<'/api/v1/demands'>, QueryOf<'/api/v1/outcomes'>>;
export type SearchPage<K extends ListingKind> = ByKind<K, Schemas['DemandSearchResponse'], Schemas['OutcomeSearchResponse']>;
type MatchesOf<K extends ListingKind> = ByKind<K, Schemas['OutcomeMatchesResponse'], Schemas['DemandMatchesResponse']>;
type MyPage<K extends ListingKind> = ByKind<K, Schemas['DemandPageResponse'], Schemas['OutcomePageResponse']>;

/** One level of the division list for the region cascaders: the provinces, or the divisions under `parent`. */
export const listRegions = (parent?: string) => call(api.GET('/api/v1/regions', { params: { query: parent ? { parent } : {} } }));

export const plural = (kind: ListingKind) => (kind === 'demand' ? 'demands' : 'outcomes');

const byId = (id: string) => ({ params: { path: { id } } });

export const searchListings = <K extends ListingKind>(kind: K, query: SearchQuery<K>, signal?: AbortSignal) =>
  (kind === 'demand'
    ? call(api.GET('/api/v1/demands', { params: { query: query as SearchQuery<'demand'> }, signal }))
    : call(api.GET('/api/v1/outcomes', { params: { query: query as SearchQuery<'outcome'> }, signal }))) as Promise<SearchPage<K>>;

export const getListing = <K extends ListingKind>(kind: K, id: string) =>
  (kind === 'demand' ? call(api.GET('/api/v1/demands/{id}', byId(id))) : call(api.GET('/api/v1/outcomes/{id}', byId(id)))) as Promise<
    ListingOf<K>
  >;

export const createListing = <K extends ListingKind>(kind: K, body: ListingInput<K>) =>
  (kind === 'demand'
    ? call(api.POST('/api/v1/demands', { body: body as ListingInput<'demand'> }))
    : call(api.POST('/api/v1/outcomes', { body: body as ListingInput<'outcome'> }))) as Promise<ListingOf<K>>;

export const updateListing = <K extends ListingKind>(kind: K, id: string, body: ListingUpdate<K>) =>
  (kind === 'demand'
    ? call(api.PATCH('/api/v1/demands/{id}', { ...byId(id), body: body as ListingUpdate<'demand'> }))
    : call(api.PATCH('/api/v1/outcomes/{id}', { ...byId(id), body: body as ListingUpdate<'outcome'> }))) as Promise<ListingOf<K>>;

export const closeListing = <K extends ListingKind>(kind: K, id: string) =>
  (kind === 'demand'
    ? call(api.POST('/api/v1/demands/{id}/close', byId(id)))
    : call(api.POST('/api/v1/outcomes/{id}/close', byId(id)))) as Promise<ListingOf<K>>;

export const getMatches = <K extends ListingKind>(kind: K, id: string, limit = 10) =>
  (kind === 'demand'
    ? call(api.GET('/api/v1/demands/{id}/matches', { params: { path: { id }, query: { limit } } }))
    : call(api.GET('/api/v1/outcomes/{id}/matches', { params: { path: { id }, query: { limit } } }))) as Promise<MatchesOf<K>>;

export const approveListing = <K extends ListingKind>(kind: K, id: string) =>
  (kind === 'demand'
    ? call(api.POST('/api/v1/demands/{id}/approve', byId(id)))
    : call(api.POST('/api/v1/outcomes/{id}/approve', byId(id)))) as Promise<ListingOf<K>>;
export const rejectListing = <K extends ListingKind>(kind: K, id: string, reason: string) =>
  (kind === 'demand'
    ? call(api.POST('/api/v1/demands/{id}/reject', { ...byId(id), body: { reason } }))
    : call(api.POST('/api/v1/outcomes/{id}/reject', { ...byId(id), body: { reason } }))) as Promise<ListingOf<K>>;

/** The caller organization's own listings, any status. */
export const listMyListings = <K extends ListingKind>(kind: K, query: QueryOf<'/api/v1/my/demands'> & QueryOf<'/api/v1/my/outcomes'>) =>
  (kind === 'demand'
    ? call(api.GET('/api/v1/my/demands', { params: { query } }))
    : call(api.GET('/api/v1/my/outcomes', { params: { query } }))) as Promise<MyPage<K>>;
/** The bureau's review queue (pending listings of both kinds, oldest first). */
export const listReviewQueue = (query: QueryOf<'/api/v1/review'>) => call(api.GET('/api/v1/review', { params: { query } }));

export const createInquiry = (body: BodyOf<'/api/v1/inquiries', 'post'>) => call(api.POST('/api/v1/inquiries', { body }));
export const listInquiries = (query: QueryOf<'/api/v1/inquiries'> = {}) => call(api.GET('/api/v1/inquiries', { params: { query } }));
export const getInquiry = (id: string) => call(api.GET('/api/v1/inquiries/{id}', byId(id)));
export const sendMessage = (id: string, body: string) => call(api.POST('/api/v1/inquiries/{id}/messages', { ...byId(id), body: { body } }));
export const closeInquiry = (id: string) => call(api.POST('/api/v1/inquiries/{id}/close', byId(id)));
export const declineInquiry = (id: string, body: BodyOf<'/api/v1/inquiries/{id}/decline', 'post'>) =>
  call(api.POST('/api/v1/inquiries/{id}/decline', { ...byId(id), body }));
export const reconfirmListing = <K extends ListingKind>(kind: K, id: string) =>
  (kind === 'demand'
    ? call(api.POST('/api/v1/demands/{id}/reconfirm', byId(id)))
    : call(api.POST('/api/v1/outcomes/{id}/reconfirm', byId(id)))) as Promise<ListingOf<K>>;
export const listInbox = (query: QueryOf<'/api/v1/inbox'> = {}) => call(api.GET('/api/v1/inbox', { params: { query } }));
/** The notification centre: the organization's alerts and deal notices (the bureau's notices for the bureau). */
export const listNotificationCentre = (query: QueryOf<'/api/v1/notifications'> = {}) =>
  call(api.GET('/api/v1/notifications', { params: { query } }));
export const markNotificationRead = (id: string) => call(api.POST('/api/v1/notifications/{id}/read', byId(id)));
export const getNotificationPreferences = () => call(api.GET('/api/v1/notifications/preferences'));
export const setNotificationPreferences = (body: BodyOf<'/api/v1/notifications/preferences', 'put'>) =>
  call(api.PUT('/api/v1/notifications/preferences', { body }));
export const markInboxRead = (id: string) => call(api.POST('/api/v1/inbox/{id}/read', byId(id)));
export const listSubscriptions = () => call(api.GET('/api/v1/subscriptions'));
export const createSubscription = (body: BodyOf<'/api/v1/subscriptions', 'post'>) => call(api.POST('/api/v1/subscriptions', { body }));
export const deleteSubscription = (id: string) => call(api.DELETE('/api/v1/subscriptions/{id}', byId(id)));

export const createDeal = (body: BodyOf<'/api/v1/deals', 'post'>, idempotencyKey: string) =>
  call(api.POST('/api/v1/deals', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } }));
export const listDeals = (query: QueryOf<'/api/v1/deals'> = {}) => call(api.GET('/api/v1/deals', { params: { query } }));
export const getDeal = (id: string) => call(api.GET('/api/v1/deals/{id}', byId(id)));
export const confirmDeal = (id: string) => call(api.POST('/api/v1/deals/{id}/confirm', byId(id)));
export const disputeDeal = (id: string, reason: string) => call(api.POST('/api/v1/deals/{id}/dispute', { ...byId(id), body: { reason } }));
export const registerDeal = (id: string, registrationNo: string) =>
  call(api.POST('/api/v1/deals/{id}/register', { ...byId(id), body: { registrationNo } }));
export const rejectDeal = (id: string, reason: string) => call(api.POST('/api/v1/deals/{id}/reject', { ...byId(id), body: { reason } }));
/** 公示: running notices or the archive, public. */
export const listNotices = (query: QueryOf<'/api/v1/notices'> = {}) => call(api.GET('/api/v1/notices', { params: { query } }));
export const objectToNotice = (id: string, text: string) =>
  call(api.POST('/api/v1/notices/{id}/objections', { ...byId(id), body: { text } }));
export const resolveObjection = (id: string, objectionId: string, resolution: string) =>
  call(api.POST('/api/v1/notices/{id}/objections/{oid}/resolve', { params: { path: { id, oid: objectionId } }, body: { resolution } }));
export const cancelDeal = (id: string, reason?: string) =>
  call(api.POST('/api/v1/deals/{id}/cancel', { ...byId(id), body: reason ? { reason } : {} }));
export const getTarget = (year: number) => call(api.GET('/api/v1/targets/{year}', { params: { path: { year } } }));
export const putTarget = (year: number, body: BodyOf<'/api/v1/targets/{year}', 'put'>) =>
  call(api.PUT('/api/v1/targets/{year}', { params: { path: { year } }, body }));
export const getTurnover = (year: number) => call(api.GET('/api/v1/stats/turnover', { params: { query: { year } } }));
export const getPipeline = (year: number) => call(api.GET('/api/v1/stats/pipeline', { params: { query: { year } } }));
export const getDeclineStats = (year: number) => call(api.GET('/api/v1/stats/declines', { params: { query: { year } } }));
export const getAttribution = (year: number) => call(api.GET('/api/v1/stats/attribution', { params: { query: { year } } }));

export const listOrganizations = (query: QueryOf<'/api/v1/organizations'>) => call(api.GET('/api/v1/organizations', { params: { query } }));
export const verifyOrganization = (id: string) => call(api.POST('/api/v1/organizations/{id}/verify', byId(id)));
export const listNotifications = (year: number) => call(api.GET('/api/v1/notifications', { params: { query: { year, limit: 5 } } }));
export const getHistory = <K extends ListingKind>(kind: K, id: string) =>
  kind === 'demand' ? call(api.GET('/api/v1/demands/{id}/history', byId(id))) : call(api.GET('/api/v1/outcomes/{id}/history', byId(id)));

/** The bureau's matching vocabulary: bridges and synonym groups, with their history. */
export const listVocabulary = (query: QueryOf<'/api/v1/vocabulary'>) => call(api.GET('/api/v1/vocabulary', { params: { query } }));
export const createVocabularyEntry = (body: BodyOf<'/api/v1/vocabulary', 'post'>) => call(api.POST('/api/v1/vocabulary', { body }));
export const updateVocabularyEntry = (id: string, body: BodyOf<'/api/v1/vocabulary/{id}', 'patch'>) =>
  call(api.PATCH('/api/v1/vocabulary/{id}', { ...byId(id), body }));
export const deleteVocabularyEntry = (id: string) => call(api.DELETE('/api/v1/vocabulary/{id}', byId(id)));
export const listVocabularyHistory = (query: QueryOf<'/api/v1/vocabulary/history'>) =>
  call(api.GET('/api/v1/vocabulary/history', { params: { query } }));
/** Keywords for a listing being written (the listing form's suggestions). */
export const suggestKeywords = (body: BodyOf<'/api/v1/keywords/suggest', 'post'>) => call(api.POST('/api/v1/keywords/suggest', { body }));

/** Files the api produces, downloaded with the session's token. */
export const downloadRegistrationForm = (id: string) =>
  download(
    api.GET('/api/v1/deals/{id}/registration-form', {
      params: { path: { id }, query: { format: 'xlsx' } },
      parseAs: 'blob',
      headers: { accept: '*/*' },
    }),
    `registration-form-${id}.xlsx`,
  );
export const exportDeals = (year: number, format: 'csv' | 'xlsx') =>
  download(
    api.GET('/api/v1/deals/export', { params: { query: { year, format } }, parseAs: 'blob', headers: { accept: '*/*' } }),
    `techmarket-deals-${year}.${format}`,
  );
export const exportTurnover = (year: number, format: 'csv' | 'xlsx') =>
  download(
    api.GET('/api/v1/stats/turnover/export', { params: { query: { year, format } }, parseAs: 'blob', headers: { accept: '*/*' } }),
    `techmarket-stats-${year}.${format}`,
  );
