import { InstrumentEntity } from '../modules/register/instrument.entity';
import { StateEntity } from '../modules/register/state.entity';
import { WithdrawalEntity } from '../modules/register/withdrawal.entity';
import { SessionEntity } from '../modules/auth/session.entity';
import { UserEntity } from '../modules/auth/user.entity';

/** Every entity, in one list shared by the app, the CLI and the tests. */
export const ENTITIES = [UserEntity, SessionEntity, StateEntity, InstrumentEntity, WithdrawalEntity];
