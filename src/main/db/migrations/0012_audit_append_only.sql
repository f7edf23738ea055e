-- The audit log is append-only: rows are never deleted, and a row's fields never change once written. The one
-- update allowed seals a row written before the hash chain existed (its prev_hash and hash, set once, at start).
-- Written by hand: drizzle cannot express triggers. src/main/services/auditChain.ts computes and verifies the chain.
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN old.hash IS NOT NULL
  OR new.id IS NOT old.id OR new.at IS NOT old.at OR new.actor_id IS NOT old.actor_id OR new.action IS NOT old.action
  OR new.entity IS NOT old.entity OR new.entity_id IS NOT old.entity_id OR new.before IS NOT old.before
  OR new.after IS NOT old.after
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
