import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Principal } from '@app/accounts';
import { ForbiddenError, isUniqueViolation, NotFoundError, ValidationFailedError } from '@app/common';
import { DataSource, type EntityManager } from 'typeorm';
import { BrokerCertificate, BrokerFollow, FOLLOW_STAGES, Introduction, IntroductionMessage, type FollowStage } from './broker.entities.js';
import { brokerNotVerified, certificateTaken, followNotFound, followRefused, introductionNotFound } from './brokers.errors.js';

export type BrokerCaller = Pick<Principal, 'userId' | 'organizationId' | 'orgType' | 'verified'>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CERTIFICATE = /^[0-9A-Za-z-]{6,40}$/;

export interface FollowView {
  follow: BrokerFollow;
  demandTitle: string;
  demandOrgName: string;
  brokerName: string;
  brokerOrgName: string;
  /** The demand's contacts, when its owner allowed the broker to see them. */
  contacts: { name: string | null; phone: string | null; email: string | null } | null;
}

export interface IntroductionView {
  introduction: Introduction;
  demandTitle: string;
  outcomeTitle: string;
  demandOrgName: string;
  outcomeOrgName: string;
  brokerName: string;
  brokerOrgName: string;
  messages: IntroductionMessage[];
  /** Deals between the demand and the outcome signed since the introduction (any status). */
  deals: { id: string; status: string; amountFen: string }[];
}

export interface BrokerRanking {
  brokerUserId: string;
  brokerName: string;
  brokerOrgId: string;
  brokerOrgName: string;
  certificateNo: string;
  follows: number;
  introductions: number;
  deals: number;
  recordedFen: string;
}

/**
 * Technology brokers: certificates the bureau verifies, demands they follow (with a stage the
 * broker keeps and contacts the owner may share), introductions of an outcome to a demand as a
 * three-party conversation, and the credit of deals that come from an introduction.
 */
@Injectable()
export class BrokersService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A member of a broker organization states their certificate number; the bureau verifies it. */
  async registerCertificate(caller: BrokerCaller, certificateNo: unknown): Promise<BrokerCertificate> {
    if (caller.orgType !== 'broker')
      throw new ForbiddenError('Only members of a broker organization (技术转移服务机构) hold broker certificates');
    if (typeof certificateNo !== 'string' || !CERTIFICATE.test(certificateNo.trim()))
      throw ValidationFailedError.forField('certificateNo', 'certificateNo must be 6–40 letters, digits or hyphens');
    const repo = this.db.getRepository(BrokerCertificate);
    try {
      await repo.upsert(
        {
          userId: caller.userId,
          organizationId: caller.organizationId,
          certificateNo: certificateNo.trim().toUpperCase(),
          status: 'pending',
          verifiedAt: null,
          verifiedByUserId: null,
        },
        ['userId'],
      );
    } catch (error) {
      if (isUniqueViolation(error, 'uq_broker_certificates_number')) throw certificateTaken();
      throw error;
    }
    return repo.findOneByOrFail({ userId: caller.userId });
  }

  async verifyCertificate(userId: string, bureauUserId: string): Promise<BrokerCertificate> {
    const repo = this.db.getRepository(BrokerCertificate);
    const cert = UUID.test(userId) ? await repo.findOneBy({ userId }) : null;
    if (!cert) throw new NotFoundError('Broker certificate');
    if (cert.status !== 'verified')
      await repo.update({ userId }, { status: 'verified', verifiedAt: new Date(), verifiedByUserId: bureauUserId });
    return repo.findOneByOrFail({ userId });
  }

  listCertificates(): Promise<(BrokerCertificate & { userName: string; organizationName: string })[]> {
    return this.db.query(
      `SELECT c.user_id AS "userId", c.organization_id AS "organizationId", c.certificate_no AS "certificateNo", c.status,
              c.verified_at AS "verifiedAt", c.created_at AS "createdAt", u.display_name AS "userName", o.name AS "organizationName"
         FROM broker_certificates c JOIN users u ON u.id = c.user_id JOIN organizations o ON o.id = c.organization_id
        ORDER BY c.status, c.created_at DESC LIMIT 500`,
    );
  }

  private async requireVerifiedBroker(caller: BrokerCaller): Promise<void> {
    if (caller.orgType !== 'broker' || !caller.verified) throw brokerNotVerified();
    const cert = await this.db.getRepository(BrokerCertificate).findOneBy({ userId: caller.userId });
    if (cert?.status !== 'verified') throw brokerNotVerified();
  }

  /** `POST /demands/:id/brokers`: a verified broker follows a published demand (again: the same follow). */
  async follow(caller: BrokerCaller, demandId: string): Promise<{ follow: BrokerFollow; created: boolean }> {
    await this.requireVerifiedBroker(caller);
    const [demand] = UUID.test(demandId) ? await this.db.query('SELECT status FROM demands WHERE id = $1', [demandId]) : [];
    if (!demand || demand.status !== 'published') throw new NotFoundError('Demand');
    const repo = this.db.getRepository(BrokerFollow);
    const inserted = await repo
      .createQueryBuilder()
      .insert()
      .values({ demandId, brokerUserId: caller.userId, brokerOrgId: caller.organizationId })
      .orIgnore()
      .returning('id')
      .execute();
    const follow = await repo.findOneByOrFail({ demandId, brokerUserId: caller.userId });
    if (follow.status === 'refused') throw followRefused();
    if (inserted.raw.length === 0 && follow.status === 'ended') {
      await repo.update({ id: follow.id }, { status: 'active' });
      return { follow: await repo.findOneByOrFail({ id: follow.id }), created: false };
    }
    return { follow, created: inserted.raw.length > 0 };
  }

  /** The brokers following a demand: its owner's organization and the bureau. */
  async followsOfDemand(caller: BrokerCaller, demandId: string): Promise<FollowView[]> {
    const [demand] = UUID.test(demandId) ? await this.db.query('SELECT organization_id FROM demands WHERE id = $1', [demandId]) : [];
    if (!demand) throw new NotFoundError('Demand');
    if (caller.orgType !== 'bureau' && caller.organizationId !== demand.organization_id) throw new NotFoundError('Demand');
    return this.followViews('f.demand_id = $1', [demandId], false);
  }

  /** The broker's workspace: the demands the caller follows, with their contacts where allowed. */
  myFollows(caller: BrokerCaller): Promise<FollowView[]> {
    return this.followViews('f.broker_user_id = $1', [caller.userId], true);
  }

  /**
   * `PATCH /broker-follows/:id`: the demand's owner refuses or ends the follow and decides on
   * contacts; the broker moves the stage (a drop needs a reason) or ends it.
   */
  async updateFollow(
    caller: BrokerCaller,
    id: string,
    input: { status?: unknown; stage?: unknown; reason?: unknown; contactsAllowed?: unknown },
  ): Promise<FollowView> {
    const repo = this.db.getRepository(BrokerFollow);
    const follow = UUID.test(id) ? await repo.findOneBy({ id }) : null;
    if (!follow) throw followNotFound();
    const [demand] = await this.db.query('SELECT organization_id FROM demands WHERE id = $1', [follow.demandId]);
    const isOwner = caller.organizationId === demand.organization_id;
    const isBroker = caller.userId === follow.brokerUserId;
    if (!isOwner && !isBroker) throw followNotFound();
    const change: Partial<BrokerFollow> = {};
    if (input.status !== undefined) {
      const allowed = isOwner ? ['refused', 'ended'] : ['ended'];
      if (!allowed.includes(input.status as string))
        throw ValidationFailedError.forField('status', `status must be one of ${allowed.join(', ')}`);
      change.status = input.status as BrokerFollow['status'];
    }
    if (input.contactsAllowed !== undefined) {
      if (!isOwner) throw new ForbiddenError('Only the demand’s owner decides who sees its contacts');
      if (typeof input.contactsAllowed !== 'boolean')
        throw ValidationFailedError.forField('contactsAllowed', 'contactsAllowed must be true or false');
      change.contactsAllowed = input.contactsAllowed;
    }
    if (input.stage !== undefined) {
      if (!isBroker) throw new ForbiddenError('Only the broker moves the stage of their work');
      if (!FOLLOW_STAGES.includes(input.stage as FollowStage))
        throw ValidationFailedError.forField('stage', `stage must be one of ${FOLLOW_STAGES.join(', ')}`);
      const reason = typeof input.reason === 'string' ? input.reason.trim() : '';
      if (input.stage === 'dropped' && (reason.length === 0 || reason.length > 200))
        throw ValidationFailedError.forField('reason', 'a dropped follow needs a reason of at most 200 characters');
      change.stage = input.stage as FollowStage;
      change.stageReason = reason || null;
    }
    if (Object.keys(change).length === 0)
      throw ValidationFailedError.forField('status', 'nothing to change: send status, stage or contactsAllowed');
    if (isBroker && !isOwner && follow.status !== 'active' && change.stage) throw followRefused();
    await repo.update({ id }, change);
    const [view] = await this.followViews('f.id = $1', [id], isBroker);
    return view;
  }

  /** `POST /introductions`: a broker following the demand introduces a published outcome to it. */
  async introduce(
    caller: BrokerCaller,
    input: { demandId?: unknown; outcomeId?: unknown; note?: unknown },
  ): Promise<{ view: IntroductionView; created: boolean }> {
    const problems = [];
    if (typeof input.demandId !== 'string' || !UUID.test(input.demandId))
      problems.push({ field: 'demandId', messages: ['demandId must be a demand id (UUID)'] });
    if (typeof input.outcomeId !== 'string' || !UUID.test(input.outcomeId))
      problems.push({ field: 'outcomeId', messages: ['outcomeId must be an outcome id (UUID)'] });
    const note = typeof input.note === 'string' ? input.note.trim() : '';
    if (note.length < 5 || note.length > 2000)
      problems.push({ field: 'note', messages: ['note must be 5–2000 characters: why these two should talk'] });
    if (problems.length > 0) throw new ValidationFailedError(problems, problems.map((p) => p.messages[0]).join('; '));
    await this.requireVerifiedBroker(caller);
    const demandId = input.demandId as string;
    const outcomeId = input.outcomeId as string;
    const follow = await this.db.getRepository(BrokerFollow).findOneBy({ demandId, brokerUserId: caller.userId });
    if (!follow) throw ValidationFailedError.forField('demandId', 'follow the demand first (POST /demands/:id/brokers)');
    if (follow.status !== 'active') throw followRefused();
    const [demand] = await this.db.query(`SELECT organization_id FROM demands WHERE id = $1 AND status = 'published'`, [demandId]);
    if (!demand) throw ValidationFailedError.forField('demandId', 'the demand is no longer published');
    const [outcome] = await this.db.query(`SELECT organization_id FROM outcomes WHERE id = $1 AND status = 'published'`, [outcomeId]);
    if (!outcome) throw ValidationFailedError.forField('outcomeId', 'no published outcome with this id');
    return this.db.transaction(async (m) => {
      const inserted = await m
        .createQueryBuilder()
        .insert()
        .into(Introduction)
        .values({
          followId: follow.id,
          demandId,
          outcomeId,
          brokerUserId: caller.userId,
          brokerOrgId: caller.organizationId,
          demandOrgId: demand.organization_id,
          outcomeOrgId: outcome.organization_id,
        })
        .orIgnore()
        .returning('id')
        .execute();
      const intro = await m.findOneByOrFail(Introduction, { demandId, outcomeId, brokerUserId: caller.userId });
      const created = (inserted.raw as unknown[]).length > 0;
      if (created) {
        await m.insert(IntroductionMessage, {
          introductionId: intro.id,
          authorUserId: caller.userId,
          authorOrgId: caller.organizationId,
          body: note,
        });
        if (follow.stage === 'screening') await m.update(BrokerFollow, { id: follow.id }, { stage: 'introduced' });
      }
      return { view: (await this.introductionView(intro.id, m))!, created };
    });
  }

  async introductions(caller: BrokerCaller): Promise<IntroductionView[]> {
    const ids: { id: string }[] =
      caller.orgType === 'bureau'
        ? await this.db.query('SELECT id FROM introductions ORDER BY created_at DESC LIMIT 200')
        : await this.db.query(
            'SELECT id FROM introductions WHERE $1 IN (broker_org_id, demand_org_id, outcome_org_id) ORDER BY created_at DESC LIMIT 200',
            [caller.organizationId],
          );
    return Promise.all(ids.map(async ({ id }) => (await this.introductionView(id, this.db.manager))!));
  }

  async introduction(caller: BrokerCaller, id: string): Promise<IntroductionView> {
    const view = UUID.test(id) ? await this.introductionView(id, this.db.manager) : null;
    if (!view || !this.isParty(caller, view.introduction)) throw introductionNotFound();
    return view;
  }

  async postMessage(caller: BrokerCaller, id: string, body: unknown): Promise<IntroductionMessage> {
    const intro = UUID.test(id) ? await this.db.getRepository(Introduction).findOneBy({ id }) : null;
    if (!intro || !this.isParty(caller, intro)) throw introductionNotFound();
    if (caller.orgType === 'bureau') throw new ForbiddenError('The bureau reads introductions; the three parties write');
    const text = typeof body === 'string' ? body.trim() : '';
    if (text.length === 0 || text.length > 2000) throw ValidationFailedError.forField('body', 'body must be 1–2000 characters');
    return this.db
      .getRepository(IntroductionMessage)
      .save({ introductionId: id, authorUserId: caller.userId, authorOrgId: caller.organizationId, body: text });
  }

  /** The broker credited with a deal: the earliest introduction of its demand and outcome before the deal was declared. */
  async brokerOfDeal(
    dealId: string,
  ): Promise<{ introductionId: string; brokerUserId: string; brokerName: string; brokerOrgName: string } | null> {
    const [row] = await this.db.query(
      `SELECT i.id AS "introductionId", i.broker_user_id AS "brokerUserId", u.display_name AS "brokerName", o.name AS "brokerOrgName"
         FROM deals d JOIN introductions i ON i.demand_id = d.demand_id AND i.outcome_id = d.outcome_id AND i.created_at <= d.created_at
         JOIN users u ON u.id = i.broker_user_id JOIN organizations o ON o.id = i.broker_org_id
        WHERE d.id = $1 ORDER BY i.created_at LIMIT 1`,
      [dealId],
    );
    return row ?? null;
  }

  /** Brokers ranked by recorded turnover, then deals and introductions, for a year of signing. */
  ranking(year: number): Promise<BrokerRanking[]> {
    return this.db.query(
      `WITH credited AS (
         SELECT DISTINCT ON (d.id) d.id, d.status, d.amount_fen, i.broker_user_id
           FROM deals d JOIN introductions i ON i.demand_id = d.demand_id AND i.outcome_id = d.outcome_id AND i.created_at <= d.created_at
          WHERE d.year = $1::int AND d.status NOT IN ('cancelled', 'rejected')
          ORDER BY d.id, i.created_at)
       SELECT r."brokerUserId", r."brokerName", r."brokerOrgId", r."brokerOrgName", r."certificateNo", r.follows, r.introductions, r.deals,
              r.recorded::text AS "recordedFen"
         FROM (
           SELECT c.user_id AS "brokerUserId", u.display_name AS "brokerName", c.organization_id AS "brokerOrgId", o.name AS "brokerOrgName",
                  c.certificate_no AS "certificateNo",
                  (SELECT count(*)::int FROM broker_follows f WHERE f.broker_user_id = c.user_id) AS follows,
                  (SELECT count(*)::int FROM introductions i
                    WHERE i.broker_user_id = c.user_id AND extract(year FROM i.created_at AT TIME ZONE 'Asia/Shanghai') = $1::int) AS introductions,
                  (SELECT count(*)::int FROM credited k WHERE k.broker_user_id = c.user_id) AS deals,
                  (SELECT coalesce(sum(k.amount_fen), 0) FROM credited k WHERE k.broker_user_id = c.user_id AND k.status = 'recorded') AS recorded
             FROM broker_certificates c JOIN users u ON u.id = c.user_id JOIN organizations o ON o.id = c.organization_id
            WHERE c.status = 'verified') r
        ORDER BY r.recorded DESC, r.deals DESC, r.introductions DESC, r."brokerName"`,
      [year],
    );
  }

  private isParty(caller: BrokerCaller, intro: Introduction): boolean {
    return caller.orgType === 'bureau' || [intro.brokerOrgId, intro.demandOrgId, intro.outcomeOrgId].includes(caller.organizationId);
  }

  private async followViews(where: string, params: unknown[], withContacts: boolean): Promise<FollowView[]> {
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT f.id, f.demand_id, f.broker_user_id, f.broker_org_id, f.status, f.stage, f.stage_reason, f.contacts_allowed, f.created_at, f.updated_at,
              d.title AS demand_title, d.contact_name, d.contact_phone, d.contact_email,
              dorg.name AS demand_org_name, u.display_name AS broker_name, borg.name AS broker_org_name
         FROM broker_follows f JOIN demands d ON d.id = f.demand_id JOIN organizations dorg ON dorg.id = d.organization_id
         JOIN users u ON u.id = f.broker_user_id JOIN organizations borg ON borg.id = f.broker_org_id
        WHERE ${where} ORDER BY f.updated_at DESC LIMIT 500`,
      params,
    );
    return rows.map((r) => ({
      follow: Object.assign(new BrokerFollow(), {
        id: r.id,
        demandId: r.demand_id,
        brokerUserId: r.broker_user_id,
        brokerOrgId: r.broker_org_id,
        status: r.status,
        stage: r.stage,
        stageReason: r.stage_reason,
        contactsAllowed: r.contacts_allowed,
        createdAt: r.created_at,
        updatedAt: r.updated_at,
      }),
      demandTitle: r.demand_title as string,
      demandOrgName: r.demand_org_name as string,
      brokerName: r.broker_name as string,
      brokerOrgName: r.broker_org_name as string,
      contacts:
        withContacts && r.contacts_allowed && r.status === 'active'
          ? { name: r.contact_name as string | null, phone: r.contact_phone as string | null, email: r.contact_email as string | null }
          : null,
    }));
  }

  private async introductionView(id: string, db: Pick<EntityManager, 'query' | 'getRepository'>): Promise<IntroductionView | null> {
    const intro = await db.getRepository(Introduction).findOneBy({ id });
    if (!intro) return null;
    const [names] = await db.query(
      `SELECT d.title AS "demandTitle", o.title AS "outcomeTitle", dorg.name AS "demandOrgName", oorg.name AS "outcomeOrgName",
              u.display_name AS "brokerName", borg.name AS "brokerOrgName"
         FROM introductions i JOIN demands d ON d.id = i.demand_id JOIN outcomes o ON o.id = i.outcome_id
         JOIN organizations dorg ON dorg.id = i.demand_org_id JOIN organizations oorg ON oorg.id = i.outcome_org_id
         JOIN users u ON u.id = i.broker_user_id JOIN organizations borg ON borg.id = i.broker_org_id
        WHERE i.id = $1`,
      [id],
    );
    const messages = await db.getRepository(IntroductionMessage).find({ where: { introductionId: id }, order: { createdAt: 'ASC' } });
    const deals = await db.query(
      `SELECT id, status, amount_fen AS "amountFen" FROM deals WHERE demand_id = $1 AND outcome_id = $2 AND created_at >= $3 ORDER BY created_at`,
      [intro.demandId, intro.outcomeId, intro.createdAt],
    );
    return { introduction: intro, ...names, messages, deals };
  }
}
