/**
 * Listings as the search indexes hold them (`DemandDocument`, `OutcomeDocument` of @app/search).
 * Matching builds its queries from the same documents, so these mappers are public.
 */
import { fenToIndexNumber, trlStage } from '@app/common';
import type { DemandDocument, OutcomeDocument } from '@app/search';
import type { Demand } from './demand.entity.js';
import type { Outcome } from './outcome.entity.js';

const epochSeconds = (date: Date | null): number => Math.floor((date ?? new Date(0)).getTime() / 1000);

/** YYYY-MM-DD → epoch seconds at the end of that day in China (UTC+8). */
const deadlineSeconds = (date: string | null): number | null =>
  date === null ? null : Math.floor(new Date(`${date}T23:59:59+08:00`).getTime() / 1000);

export function toDemandDocument(demand: Demand, organizationName: string): DemandDocument {
  return {
    id: demand.id,
    title: demand.title,
    description: demand.description,
    field: demand.field,
    keywords: demand.keywords,
    region: demand.region,
    cooperationModes: demand.cooperationModes,
    budgetMaxFen: fenToIndexNumber(demand.budgetMaxFen),
    deadline: deadlineSeconds(demand.deadline),
    organizationId: demand.organizationId,
    organizationName,
    publishedAt: epochSeconds(demand.publishedAt),
  };
}

export function toOutcomeDocument(outcome: Outcome, organizationName: string): OutcomeDocument {
  return {
    id: outcome.id,
    title: outcome.title,
    abstract: outcome.abstract,
    field: outcome.field,
    keywords: outcome.keywords,
    trl: outcome.trl,
    stage: trlStage(outcome.trl),
    ipType: outcome.ipType,
    transferModes: outcome.transferModes,
    askingPriceFen: fenToIndexNumber(outcome.askingPriceFen),
    organizationId: outcome.organizationId,
    organizationName,
    publishedAt: epochSeconds(outcome.publishedAt),
  };
}
