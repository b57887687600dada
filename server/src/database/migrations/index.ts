import { InitialRegister1795800223660 } from './1795800223660-InitialRegister';
import { LivePlenary1795800379279 } from './1795800379279-LivePlenary';
import { SocketIoAttachments1795810000000 } from './1795810000000-SocketIoAttachments';
import { Convening1795801306561 } from './1795801306561-Convening';
import { SignInIsNotStanding1795820000000 } from './1795820000000-SignInIsNotStanding';
import { SignInLinksAndLimits1795830000000 } from './1795830000000-SignInLinksAndLimits';
import { VotingCore1795840000000 } from './1795840000000-VotingCore';
import { RecordHashChain1795850000000 } from './1795850000000-RecordHashChain';
import { RepairTimeZones1795855000000 } from './1795855000000-RepairTimeZones';
import { SealedSecretBallots1795860000000 } from './1795860000000-SealedSecretBallots';
import { RollCall1795880000001 } from './1795880000001-RollCall';
import { Floor1795900000001 } from './1795900000001-Floor';
import { ElectionsAndOffices1795910000001 } from './1795910000001-ElectionsAndOffices';
import { SealedElectionBallots1795920000001 } from './1795920000001-SealedElectionBallots';
import { Slates1795920000002 } from './1795920000002-Slates';
import { PrincipalLanguage1795950000001 } from './1795950000001-PrincipalLanguage';
import { MeetingsOfTheMachinery1796000000001 } from './1796000000001-MeetingsOfTheMachinery';
import { RegisterRefusals1796020000001 } from './1796020000001-RegisterRefusals';

/** Every migration in order. Never edit one that has landed: add a new one. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS: Function[] = [
  InitialRegister1795800223660,
  LivePlenary1795800379279,
  SocketIoAttachments1795810000000,
  Convening1795801306561,
  SignInIsNotStanding1795820000000,
  SignInLinksAndLimits1795830000000,
  VotingCore1795840000000,
  RecordHashChain1795850000000,
  RepairTimeZones1795855000000,
  SealedSecretBallots1795860000000,
  RollCall1795880000001,
  Floor1795900000001,
  ElectionsAndOffices1795910000001,
  SealedElectionBallots1795920000001,
  Slates1795920000002,
  PrincipalLanguage1795950000001,
  MeetingsOfTheMachinery1796000000001,
  RegisterRefusals1796020000001,
];
