import { jest } from '@jest/globals';
import { Test, type TestingModule } from '@nestjs/testing';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { QueueModule } from '@app/queue';
import { DataSource } from 'typeorm';
import { createIsolatedDatabase } from '../../../test/helpers/isolated-db.js';
import { AccountsModule, AccountsService, AuthService } from '../src/index.js';
import { registerBody } from './accounts.factory.js';

describe('principals of concurrent requests', () => {
  let moduleRef: TestingModule;
  let drop: () => Promise<void>;
  let auth: AuthService;
  let db: DataSource;

  beforeAll(async () => {
    const isolated = await createIsolatedDatabase('princ');
    drop = isolated.drop;
    moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(isolated.env), DatabaseModule, QueueModule.forRoot('producer'), AccountsModule],
    }).compile();
    await moduleRef.init();
    auth = moduleRef.get(AuthService);
    db = moduleRef.get(DataSource);
  });

  afterAll(async () => {
    await moduleRef?.close();
    await drop?.();
  });

  it('reads the principals of requests made together in one query, each its own, a signed-out one refused', async () => {
    const accounts = moduleRef.get(AccountsService);
    const users = await Promise.all(
      (['enterprise', 'institution', 'enterprise'] as const).map(async (type) => {
        const { user, org } = await accounts.register(registerBody({ type }) as never, { emailVerified: true });
        return { userId: user.id, organizationId: org.id };
      }),
    );
    const tokens = await Promise.all(users.map((u) => auth.tokenFor(u.userId)));
    await auth.logout(users[2].userId);
    const query = jest.spyOn(db.manager, 'query');
    const answers = await Promise.all(
      [tokens[0], tokens[1], tokens[0], tokens[2]].map((t) =>
        auth.principalFromToken(t).then(
          (principal) => ({ principal }),
          (error: unknown) => ({ error }),
        ),
      ),
    );
    const principalReads = query.mock.calls.filter(([sql]) => String(sql).includes('FROM users u JOIN organizations o'));
    query.mockRestore();
    expect(principalReads).toHaveLength(1);
    expect(answers.slice(0, 3)).toEqual([
      { principal: expect.objectContaining({ userId: users[0].userId, organizationId: users[0].organizationId, orgType: 'enterprise' }) },
      { principal: expect.objectContaining({ userId: users[1].userId, organizationId: users[1].organizationId, orgType: 'institution' }) },
      { principal: expect.objectContaining({ userId: users[0].userId }) },
    ]);
    expect(answers[3]).toEqual({ error: expect.objectContaining({ code: 'UNAUTHENTICATED' }) });
  });
});
