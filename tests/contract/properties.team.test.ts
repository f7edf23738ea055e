// The contract under attack, the grid team, dashboards and monthly summaries: random and hostile input from every caller, answered
// with a valid result or a stable error code, never a crash, never a partial write (tests/support/contractAttack.ts).
import { attackShard } from '../support/contractAttack';

attackShard('team', 'the grid team, dashboards and monthly summaries under attack');
