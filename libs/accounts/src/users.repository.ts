import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { User } from './user.entity.js';

@Injectable()
export class UsersRepository {
  constructor(@InjectRepository(User) private readonly repo: Repository<User>) {}

  findById(id: string): Promise<User | null> {
    return this.repo.findOne({ where: { id }, relations: { organization: true } });
  }

  /** The only read that selects the password hash. */
  findForLogin(email: string): Promise<User | null> {
    return this.repo
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .leftJoinAndSelect('u.organization', 'o')
      .where('u.email = :email', { email })
      .getOne();
  }

  existsByEmail(email: string): Promise<boolean> {
    return this.repo.existsBy({ email });
  }

  insert(
    manager: EntityManager,
    values: Pick<User, 'organizationId' | 'email' | 'passwordHash' | 'displayName' | 'orgRole'>,
  ): Promise<User> {
    return manager.getRepository(User).save(manager.getRepository(User).create(values));
  }

  async insertIgnoringDuplicate(
    values: Pick<User, 'organizationId' | 'email' | 'passwordHash' | 'displayName' | 'orgRole'>,
  ): Promise<boolean> {
    const result = await this.repo.createQueryBuilder().insert().values(values).orIgnore().execute();
    return (result.identifiers?.filter(Boolean).length ?? 0) > 0;
  }

  async touchLogin(id: string): Promise<void> {
    await this.repo.update({ id }, { lastLoginAt: () => 'now()' });
  }
}
