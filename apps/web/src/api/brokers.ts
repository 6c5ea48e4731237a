/** Technology brokers: certificates, followed demands, introductions and their ranking. */
import { api, call, type BodyOf } from './client';
import type { Schemas } from './models';

export type BrokerCertificate = Schemas['BrokerCertificateResponse'];
export type BrokerFollow = Schemas['FollowResponse'];
export type FollowStage = BrokerFollow['stage'];
/** Every stage the api knows, in the pipeline's order: a stage the api adds fails the typecheck here until it is placed. */
const stages: Record<FollowStage, true> = {
  screening: true,
  introduced: true,
  negotiating: true,
  signed: true,
  registered: true,
  dropped: true,
};
export const FOLLOW_STAGES = Object.keys(stages) as FollowStage[];
export type Introduction = Schemas['IntroductionResponse'];
export type BrokerRanking = Schemas['BrokerRankingResponse'];

const byId = (id: string) => ({ params: { path: { id } } });

export const putCertificate = (certificateNo: string) => call(api.PUT('/api/v1/me/broker-certificate', { body: { certificateNo } }));
export const listCertificates = () => call(api.GET('/api/v1/brokers'));
export const verifyBroker = (userId: string) => call(api.POST('/api/v1/brokers/{userId}/verify', { params: { path: { userId } } }));
export const followDemand = (demandId: string) => call(api.POST('/api/v1/demands/{id}/brokers', byId(demandId)));
export const demandFollows = (demandId: string) => call(api.GET('/api/v1/demands/{id}/brokers', byId(demandId)));
export const myFollows = () => call(api.GET('/api/v1/broker-follows'));
export const updateFollow = (id: string, body: BodyOf<'/api/v1/broker-follows/{id}', 'patch'>) =>
  call(api.PATCH('/api/v1/broker-follows/{id}', { ...byId(id), body }));
export const introduce = (body: BodyOf<'/api/v1/introductions', 'post'>) => call(api.POST('/api/v1/introductions', { body }));
export const listIntroductions = () => call(api.GET('/api/v1/introductions'));
export const postIntroductionMessage = (id: string, body: string) =>
  call(api.POST('/api/v1/introductions/{id}/messages', { ...byId(id), body: { body } }));
export const brokerRanking = (year: number) => call(api.GET('/api/v1/stats/brokers', { params: { query: { year } } }));
