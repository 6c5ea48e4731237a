/**
 * Paged lists, written once: the `page`/`limit` query parameters and the `{items, total, page,
 * limit}` answer every list route shares.
 */
import { applyDecorators, type Type } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type as TransformTo } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** `page`: a whole number from 1 to `max`; the property's initializer is the default. */
export const PageParam = (max = 10000, defaultPage = 1): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({ type: Number, default: defaultPage, minimum: 1, maximum: max }),
    IsOptional(),
    TransformTo(() => Number),
    IsInt(),
    Min(1),
    Max(max),
  );

/** `limit`: how many items a page holds, 1 to `max`. */
export const LimitParam = (max = 100, defaultLimit = 20, description?: string): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({ type: Number, minimum: 1, maximum: max, default: defaultLimit, description }),
    IsOptional(),
    TransformTo(() => Number),
    IsInt(),
    Min(1),
    Max(max),
  );

export class PageQuery {
  @PageParam()
  page: number = 1;

  @LimitParam()
  limit: number = 20;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  limit: number;
}

const pageTypes = new Map<Type<unknown>, Type<Page<unknown>>>();

/**
 * The documented class of a page of `item`s, one per item type, named after it
 * (`DemandResponse` → `DemandPageResponse`) unless `name` says otherwise.
 */
export function PageOf<T>(item: Type<T>, name = `${item.name.replace(/Response$/, '')}PageResponse`): Type<Page<T>> {
  const known = pageTypes.get(item);
  if (known) return known as Type<Page<T>>;
  class PageResponse implements Page<T> {
    @ApiProperty({ type: [item] }) items: T[];
    @ApiProperty({ type: Number }) total: number;
    @ApiProperty({ type: Number }) page: number;
    @ApiProperty({ type: Number }) limit: number;
  }
  Object.defineProperty(PageResponse, 'name', { value: name });
  pageTypes.set(item, PageResponse);
  return PageResponse;
}

/** A repository's `[rows, total]` as the page the query asked for. */
export const toPage = <R, T>([rows, total]: [R[], number], query: { page: number; limit: number }, map: (row: R) => T): Page<T> => ({
  items: rows.map(map),
  total,
  page: query.page,
  limit: query.limit,
});
