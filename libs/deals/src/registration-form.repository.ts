import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface FormListingRow {
  kind: 'demand' | 'outcome';
  id: string;
  title: string;
  contactName: string | null;
  contactPhone: string | null;
  ipType: string | null;
  patentNumbers: string[] | null;
}

export interface FormInquiryRow {
  id: string;
  listingKind: 'demand' | 'outcome';
  listingId: string;
  listingTitle: string;
  openedAt: string;
}

/** What the registration form reads beyond the deal: the listings and inquiry it came from, and who acted for each party. */
@Injectable()
export class RegistrationFormRepository {
  constructor(private readonly dataSource: DataSource) {}

  listings(demandId: string | null, outcomeId: string | null): Promise<FormListingRow[]> {
    return this.dataSource.query(
      `SELECT 'demand' AS kind, id, title, contact_name AS "contactName", contact_phone AS "contactPhone",
              NULL AS "ipType", NULL::text[] AS "patentNumbers"
         FROM demands WHERE id = $1
       UNION ALL
       SELECT 'outcome', id, title, contact_name, contact_phone, ip_type, patent_numbers FROM outcomes WHERE id = $2`,
      [demandId, outcomeId],
    );
  }

  async inquiry(id: string | null): Promise<FormInquiryRow | null> {
    if (!id) return null;
    const [row] = await this.dataSource.query(
      `SELECT id, listing_kind AS "listingKind", listing_id AS "listingId", listing_title AS "listingTitle",
              to_char(created_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS "openedAt"
         FROM inquiries WHERE id = $1`,
      [id],
    );
    return (row as FormInquiryRow | undefined) ?? null;
  }

  /** The display name of the member who last moved the deal for the organization (declared or confirmed it). */
  async actingMember(dealId: string, orgId: string): Promise<string | null> {
    const [row] = await this.dataSource.query(
      `SELECT u.display_name AS name FROM deal_events e JOIN users u ON u.id = e.actor_user_id
        WHERE e.deal_id = $1 AND e.actor_org_id = $2 ORDER BY e.created_at DESC LIMIT 1`,
      [dealId, orgId],
    );
    return (row?.name as string | undefined) ?? null;
  }
}
