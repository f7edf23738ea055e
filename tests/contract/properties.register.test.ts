// The contract under attack, the register (households, residents, visits, imports, exports): random and hostile input from every caller, answered
// with a valid result or a stable error code, never a crash, never a partial write (tests/support/contractAttack.ts).
import { attackShard } from '../support/contractAttack';

attackShard('register', 'the register (households, residents, visits, imports, exports) under attack');
