CREATE TABLE `party_attendance` (
	`meeting_id` integer NOT NULL,
	`member_id` integer NOT NULL,
	`present` integer NOT NULL,
	`absence_reason` text,
	`absence_note` text,
	PRIMARY KEY(`meeting_id`, `member_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `party_meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`member_id`) REFERENCES `party_members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `party_attendance_member_idx` ON `party_attendance` (`member_id`);--> statement-breakpoint
CREATE TABLE `party_branches` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`brand_name` text,
	`grid_id` integer NOT NULL,
	`founded_on` text NOT NULL,
	`secretary_user_id` integer,
	`archived_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`grid_id`) REFERENCES `grids`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`secretary_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `party_branches_name_uq` ON `party_branches` (`name`) WHERE "party_branches"."archived_at" is null;--> statement-breakpoint
CREATE INDEX `party_branches_secretary_idx` ON `party_branches` (`secretary_user_id`);--> statement-breakpoint
CREATE INDEX `party_branches_grid_idx` ON `party_branches` (`grid_id`);--> statement-breakpoint
CREATE TABLE `party_committee` (
	`branch_id` integer NOT NULL,
	`member_id` integer NOT NULL,
	`post` text NOT NULL,
	`background` text NOT NULL,
	`since` text NOT NULL,
	PRIMARY KEY(`branch_id`, `member_id`),
	FOREIGN KEY (`branch_id`) REFERENCES `party_branches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`member_id`) REFERENCES `party_members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `party_dues_payments` (
	`id` integer PRIMARY KEY NOT NULL,
	`member_id` integer NOT NULL,
	`branch_id` integer NOT NULL,
	`month` text NOT NULL,
	`due_fen` integer NOT NULL,
	`paid_fen` integer NOT NULL,
	`paid_on` text NOT NULL,
	`method` text NOT NULL,
	`recorded_by` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `party_members`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`branch_id`) REFERENCES `party_branches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `party_dues_member_month_uq` ON `party_dues_payments` (`member_id`,`month`);--> statement-breakpoint
CREATE INDEX `party_dues_branch_month_idx` ON `party_dues_payments` (`branch_id`,`month`);--> statement-breakpoint
CREATE TABLE `party_meetings` (
	`id` integer PRIMARY KEY NOT NULL,
	`branch_id` integer NOT NULL,
	`type` text NOT NULL,
	`held_on` text NOT NULL,
	`month` text NOT NULL,
	`topic` text NOT NULL,
	`presenter` text NOT NULL,
	`location` text,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`branch_id`) REFERENCES `party_branches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `party_meetings_branch_month_idx` ON `party_meetings` (`branch_id`,`month`,`type`);--> statement-breakpoint
CREATE INDEX `party_meetings_month_idx` ON `party_meetings` (`month`,`branch_id`);--> statement-breakpoint
CREATE INDEX `party_meetings_held_idx` ON `party_meetings` (`held_on`,`id`);--> statement-breakpoint
CREATE INDEX `party_meetings_branch_held_idx` ON `party_meetings` (`branch_id`,`held_on`,`id`);--> statement-breakpoint
CREATE TABLE `party_member_events` (
	`id` integer PRIMARY KEY NOT NULL,
	`member_id` integer NOT NULL,
	`branch_id` integer NOT NULL,
	`kind` text NOT NULL,
	`date` text NOT NULL,
	`month` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`actor_id` integer,
	`actor_name` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `party_members`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`branch_id`) REFERENCES `party_branches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `party_member_events_member_idx` ON `party_member_events` (`member_id`,`date`);--> statement-breakpoint
CREATE INDEX `party_member_events_branch_month_idx` ON `party_member_events` (`branch_id`,`month`,`kind`);--> statement-breakpoint
CREATE TABLE `party_members` (
	`id` integer PRIMARY KEY NOT NULL,
	`branch_id` integer NOT NULL,
	`resident_id` integer,
	`name` text NOT NULL,
	`gender` text,
	`birth_date` text,
	`id_number` text,
	`phone` text,
	`standing` text NOT NULL,
	`joined_on` text NOT NULL,
	`full_on` text,
	`status` text DEFAULT 'active' NOT NULL,
	`status_date` text,
	`arrived_on` text NOT NULL,
	`kind` text NOT NULL,
	`employer` text,
	`reported_on` text,
	`service_post` text,
	`mobile_where` text,
	`mobile_since` text,
	`mobile_contact` text,
	`income_category` text NOT NULL,
	`income_fen` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`branch_id`) REFERENCES `party_branches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `party_members_branch_idx` ON `party_members` (`branch_id`,`status`,`kind`,`standing`,`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `party_members_active_resident_uq` ON `party_members` (`resident_id`) WHERE "party_members"."status" = 'active';--> statement-breakpoint
CREATE UNIQUE INDEX `party_members_active_id_number_uq` ON `party_members` (`id_number`) WHERE "party_members"."status" = 'active';--> statement-breakpoint
CREATE INDEX `party_members_name_idx` ON `party_members` (`name`);--> statement-breakpoint
CREATE TABLE `party_report_events` (
	`id` integer PRIMARY KEY NOT NULL,
	`report_id` integer NOT NULL,
	`action` text NOT NULL,
	`opinion` text DEFAULT '' NOT NULL,
	`actor_id` integer,
	`actor_name` text NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `party_reports`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `party_report_events_report_idx` ON `party_report_events` (`report_id`,`id`);--> statement-breakpoint
CREATE TABLE `party_reports` (
	`id` integer PRIMARY KEY NOT NULL,
	`branch_id` integer NOT NULL,
	`month` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`remarks` text DEFAULT '' NOT NULL,
	`figures` text,
	`opinion` text,
	`submitted_at` integer,
	`reviewed_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`branch_id`) REFERENCES `party_branches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `party_reports_branch_month_uq` ON `party_reports` (`branch_id`,`month`);--> statement-breakpoint
CREATE INDEX `party_reports_month_idx` ON `party_reports` (`month`,`status`);--> statement-breakpoint
CREATE TABLE `party_service_records` (
	`id` integer PRIMARY KEY NOT NULL,
	`member_id` integer NOT NULL,
	`branch_id` integer NOT NULL,
	`served_on` text NOT NULL,
	`month` text NOT NULL,
	`activity` text NOT NULL,
	`hours` real NOT NULL,
	`recorded_by` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `party_members`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`branch_id`) REFERENCES `party_branches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `party_service_member_idx` ON `party_service_records` (`member_id`,`served_on`);--> statement-breakpoint
CREATE INDEX `party_service_branch_month_idx` ON `party_service_records` (`branch_id`,`month`);--> statement-breakpoint
CREATE INDEX `party_service_served_idx` ON `party_service_records` (`served_on`,`id`);--> statement-breakpoint
CREATE INDEX `party_service_branch_served_idx` ON `party_service_records` (`branch_id`,`served_on`,`id`);--> statement-breakpoint
ALTER TABLE `cases` ADD `claimant_member_id` integer REFERENCES party_members(id);--> statement-breakpoint
CREATE INDEX `cases_claimant_member_idx` ON `cases` (`claimant_member_id`) WHERE "cases"."claimant_member_id" is not null;