import { SessionEntity } from '../modules/auth/session.entity';
import { UserEntity } from '../modules/auth/user.entity';
import { AmendmentEntity } from '../modules/convening/amendment.entity';
import { ClarificationEntity } from '../modules/convening/clarification.entity';
import {
  ClearanceDeadlineEntity,
  ExtensionRequestEntity,
} from '../modules/convening/extension-request.entity';
import { FactFindingMissionEntity } from '../modules/convening/fact-finding-mission.entity';
import { SpecialMeetingProposalEntity } from '../modules/convening/special-meeting-proposal.entity';
import { StateActEntity } from '../modules/convening/state-act.entity';
import { DelegationEntity } from '../modules/delegation/delegation.entity';
import { FloorEntity, FloorQuestionEntity, FloorSettingsEntity } from '../modules/floor/floor.entity';
import { AgendaItemEntity } from '../modules/meeting/agenda-item.entity';
import { MeetingEntity } from '../modules/meeting/meeting.entity';
import { RecordChainHeadEntity, RecordEntryEntity } from '../modules/record/record-entry.entity';
import { InstrumentEntity } from '../modules/register/instrument.entity';
import { StateEntity } from '../modules/register/state.entity';
import { WithdrawalEntity } from '../modules/register/withdrawal.entity';
import {
  BallotEntity,
  BallotKeyFingerprintEntity,
  CastOpEntity,
  SecretBallotBoxEntity,
  SecretBallotKeyEntity,
  VoteEligibilityEntity,
} from '../modules/vote/ballot.entity';
import { QuestionEntity } from '../modules/vote/question.entity';
import { RollCallAnswerEntity, RollCallEntity } from '../modules/vote/roll-call.entity';
import { VoteEntity } from '../modules/vote/vote.entity';

/** Every entity, in one list shared by the app, the CLI and the tests. */
export const ENTITIES = [
  UserEntity,
  SessionEntity,
  StateEntity,
  InstrumentEntity,
  WithdrawalEntity,
  MeetingEntity,
  AgendaItemEntity,
  DelegationEntity,
  QuestionEntity,
  VoteEntity,
  VoteEligibilityEntity,
  BallotEntity,
  SecretBallotBoxEntity,
  SecretBallotKeyEntity,
  BallotKeyFingerprintEntity,
  CastOpEntity,
  RecordEntryEntity,
  RecordChainHeadEntity,
  ClarificationEntity,
  SpecialMeetingProposalEntity,
  AmendmentEntity,
  StateActEntity,
  FactFindingMissionEntity,
  ExtensionRequestEntity,
  ClearanceDeadlineEntity,
  RollCallEntity,
  RollCallAnswerEntity,
  FloorEntity,
  FloorQuestionEntity,
  FloorSettingsEntity,
];
