/**
 * Listings as the search indexes hold them (`DemandDocument`, `OutcomeDocument` of @app/search).
 * Matching builds its queries from the same documents, so these mappers are public.
 */
import { endOfDayInChina, fenToIndexNumber, trlStage } from '@app/common';
import { regionPrefixes } from '@app/regions';
import type { DemandDocument, OutcomeDocument } from '@app/search';
import type { Demand } from './demand.entity.js';
import type { Outcome } from './outcome.entity.js';

const epochSeconds = (date: Date | null): number => Math.floor((date ?? new Date(0)).getTime() / 1000);

export function toDemandDocument(demand: Demand, organizationName: string): DemandDocument {
  return {
    id: demand.id,
    title: demand.title,
    description: demand.description,
    field: demand.field,
    keywords: demand.keywords,
    region: demand.region,
    regionPrefixes: regionPrefixes(demand.region),
    cooperationModes: demand.cooperationModes,
    budgetMaxFen: fenToIndexNumber(demand.budgetMaxFen),
    deadline: demand.deadline === null ? null : endOfDayInChina(demand.deadline),
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
