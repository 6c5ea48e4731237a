import type { INestApplication } from '@nestjs/common';
import type { App } from 'supertest/types.js';
import { demandBody } from '../../libs/listings/test/listings.factory.js';
import { bureauToken } from '../helpers/bureau.js';
import { bearer, registerMember, type Member } from '../helpers/listings.js';
import { api, createTestApp } from '../helpers/test-app.js';

describe('listing history (e2e)', () => {
  let app: INestApplication<App>;
  let bureau: string;
  let enterprise: Member;

  beforeAll(async () => {
    app = await createTestApp();
    bureau = await bureauToken(app);
    enterprise = await registerMember(app, 'enterprise', { verifyWith: bureau });
  });
  afterAll(async () => {
    await app.close();
  });

  it('shows the owner a reviewer as 科技局, never as a user id', async () => {
    const { id } = (await api(app).post('/api/v1/demands').set(bearer(enterprise.token)).send(demandBody()).expect(201)).body;
    await api(app).post(`/api/v1/demands/${id}/reject`).set(bearer(bureau)).send({ reason: '需求描述不完整' }).expect(200);
    const owner = (await api(app).get(`/api/v1/demands/${id}/history`).set(bearer(enterprise.token)).expect(200)).body;
    expect(owner).toEqual([
      expect.objectContaining({ to: 'pending', actor: 'owner', actorLabel: '发布方', actorUserId: null }),
      expect.objectContaining({ to: 'rejected', actor: 'bureau', actorLabel: '科技局', actorUserId: null, reason: '需求描述不完整' }),
    ]);
    const seenByBureau = (await api(app).get(`/api/v1/demands/${id}/history`).set(bearer(bureau)).expect(200)).body;
    expect(seenByBureau[1]).toMatchObject({ actorLabel: '科技局', actorUserId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  });
});
