import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'users' })
@Check('users_role_check', `"role" IN ('secretariat','president')`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  username: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ type: 'text' })
  role: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  /** The language the account chose last, as given (see PrincipalSchema.language). */
  @Column({ type: 'text', nullable: true })
  language: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
