import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Role } from './role';
import { Node } from '../node/node.interface';

@ObjectType({ implements: Node, description: '用户: a person who signs in to Kehu (salesperson, manager, service, admin)' })
@Entity('users')
export class User {
  @Field(() => ID, { description: 'Unique id' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Display name, e.g. 王磊' })
  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Field({ description: 'Sign-in email, stored lower-case and unique' })
  @Index('users_email_key', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Field(() => String, { nullable: true, description: 'Mobile or landline number' })
  @Column({ type: 'varchar', length: 30, nullable: true })
  phone: string | null;

  @Field(() => Role, { description: 'Role, which decides what the user may do' })
  @Column({ type: 'varchar', length: 16 })
  role: Role;

  /** The user's manager in the sales hierarchy (resolved through a DataLoader). */
  @Column({ type: 'uuid', nullable: true })
  managerId: string | null;

  @Field({ description: 'False once deactivated: a deactivated user cannot sign in' })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'varchar', length: 100, select: true })
  passwordHash: string;

  @Field({ description: 'True until the user replaces the password an admin gave them' })
  @Column({ type: 'boolean', default: false })
  mustChangePassword: boolean;

  @Field({ description: 'May export customer lists although the role alone may not (granted by an admin)' })
  @Column({ type: 'boolean', default: false })
  canExport: boolean;

  /**
   * The language the user chose (setMyLocale): zh-CN or en; null until they choose — then notifications are in
   * zh-CN and errors follow the request's Accept-Language. GraphQL's `User.locale` gives the language in effect.
   */
  @Column({ type: 'varchar', length: 8, nullable: true })
  locale: 'zh-CN' | 'en' | null;

  /** Wrong passwords since firstFailedLoginAt; 5 within 15 minutes lock the account (see auth.service). */
  @Column({ type: 'int', default: 0 })
  failedLoginCount: number;

  @Column({ type: 'timestamptz', nullable: true })
  firstFailedLoginAt: Date | null;

  /** Sign-in refused until then; shown to admins through UserFieldsResolver. */
  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  /** Bumped on password change or deactivation so that tokens issued before stop working. */
  @Column({ type: 'int', default: 0 })
  tokenVersion: number;

  @Field({ description: 'When the user was created' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'When the user was last changed' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Optimistic-locking version; send it back when updating' })
  @VersionColumn({ type: 'int', default: 1 })
  version: number;
}
