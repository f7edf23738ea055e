// The contract under attack, the case desk and the wish wall: random and hostile input from every caller, answered
// with a valid result or a stable error code, never a crash, never a partial write (tests/support/contractAttack.ts).
import { attackShard } from '../support/contractAttack';

attackShard('cases', 'the case desk and the wish wall under attack');
