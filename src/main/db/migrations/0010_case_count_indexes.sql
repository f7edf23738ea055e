DROP INDEX `cases_resolved_idx`;--> statement-breakpoint
DROP INDEX `cases_followed_up_idx`;--> statement-breakpoint
CREATE INDEX `cases_late_idx` ON `cases` (`resolve_by`,`resolved_at`,`registered_at`,`handler_user_id`,`status`) WHERE "cases"."resolved_at" is null or "cases"."resolved_at" > "cases"."resolve_by";--> statement-breakpoint
CREATE INDEX `cases_resolved_idx` ON `cases` (`resolved_at`,`handler_user_id`,`status`,`resolve_by`,`first_handling_resolved`) WHERE "cases"."resolved_at" is not null;--> statement-breakpoint
CREATE INDEX `cases_followed_up_idx` ON `cases` (`followed_up_at`,`handler_user_id`,`status`,`satisfaction`) WHERE "cases"."followed_up_at" is not null;