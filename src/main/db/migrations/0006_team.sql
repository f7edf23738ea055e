CREATE TABLE `assessment_deductions` (
	`id` integer PRIMARY KEY NOT NULL,
	`month` text NOT NULL,
	`staff_id` integer NOT NULL,
	`reason` text NOT NULL,
	`points_tenths` integer NOT NULL,
	`created_by` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `assessment_deductions_month_idx` ON `assessment_deductions` (`month`,`staff_id`);--> statement-breakpoint
CREATE TABLE `assessment_manual_points` (
	`month` text NOT NULL,
	`staff_id` integer NOT NULL,
	`item_key` text NOT NULL,
	`points_tenths` integer NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`month`, `staff_id`, `item_key`),
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `assessment_plans` (
	`id` integer PRIMARY KEY NOT NULL,
	`plan` text NOT NULL,
	`created_by` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `inspections` (
	`id` integer PRIMARY KEY NOT NULL,
	`place_id` integer NOT NULL,
	`grid_id` integer NOT NULL,
	`inspected_on` text NOT NULL,
	`month` text NOT NULL,
	`inspector_staff_id` integer NOT NULL,
	`findings` text DEFAULT '' NOT NULL,
	`hazard_found` integer DEFAULT false NOT NULL,
	`case_id` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`place_id`) REFERENCES `places`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`grid_id`) REFERENCES `grids`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`inspector_staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `inspections_place_idx` ON `inspections` (`place_id`,`inspected_on`);--> statement-breakpoint
CREATE INDEX `inspections_inspector_month_idx` ON `inspections` (`inspector_staff_id`,`month`);--> statement-breakpoint
CREATE INDEX `inspections_held_idx` ON `inspections` (`inspected_on`,`id`);--> statement-breakpoint
CREATE INDEX `inspections_month_idx` ON `inspections` (`month`,`grid_id`);--> statement-breakpoint
CREATE TABLE `patrol_participants` (
	`id` integer PRIMARY KEY NOT NULL,
	`patrol_id` integer NOT NULL,
	`kind` text NOT NULL,
	`staff_id` integer,
	`name` text NOT NULL,
	FOREIGN KEY (`patrol_id`) REFERENCES `patrols`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `patrol_participants_patrol_idx` ON `patrol_participants` (`patrol_id`);--> statement-breakpoint
CREATE INDEX `patrol_participants_staff_idx` ON `patrol_participants` (`staff_id`) WHERE "patrol_participants"."staff_id" is not null;--> statement-breakpoint
CREATE TABLE `patrols` (
	`id` integer PRIMARY KEY NOT NULL,
	`team` text NOT NULL,
	`area` text NOT NULL,
	`grid_id` integer,
	`started_at` integer NOT NULL,
	`ended_at` integer NOT NULL,
	`month` text NOT NULL,
	`findings` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`grid_id`) REFERENCES `grids`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `patrols_started_idx` ON `patrols` (`started_at`,`id`);--> statement-breakpoint
CREATE INDEX `patrols_month_idx` ON `patrols` (`month`);--> statement-breakpoint
CREATE TABLE `places` (
	`id` integer PRIMARY KEY NOT NULL,
	`grid_id` integer NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`address` text NOT NULL,
	`contact_name` text,
	`contact_phone` text,
	`archived_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`grid_id`) REFERENCES `grids`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `places_grid_idx` ON `places` (`grid_id`,`kind`,`id`);--> statement-breakpoint
CREATE INDEX `places_kind_idx` ON `places` (`kind`,`id`);--> statement-breakpoint
CREATE TABLE `staff_events` (
	`id` integer PRIMARY KEY NOT NULL,
	`staff_id` integer NOT NULL,
	`kind` text NOT NULL,
	`date` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`employment` text,
	`actor_id` integer,
	`actor_name` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `staff_events_staff_idx` ON `staff_events` (`staff_id`,`date`);--> statement-breakpoint
CREATE INDEX `staff_events_kind_idx` ON `staff_events` (`kind`,`date`);--> statement-breakpoint
CREATE TABLE `training_attendance` (
	`session_id` integer NOT NULL,
	`staff_id` integer NOT NULL,
	`present` integer NOT NULL,
	PRIMARY KEY(`session_id`, `staff_id`),
	FOREIGN KEY (`session_id`) REFERENCES `training_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `training_attendance_staff_idx` ON `training_attendance` (`staff_id`);--> statement-breakpoint
CREATE TABLE `training_sessions` (
	`id` integer PRIMARY KEY NOT NULL,
	`held_on` text NOT NULL,
	`month` text NOT NULL,
	`topic` text NOT NULL,
	`organiser` text NOT NULL,
	`hours` real NOT NULL,
	`location` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `training_sessions_held_idx` ON `training_sessions` (`held_on`,`id`);--> statement-breakpoint
CREATE INDEX `training_sessions_month_idx` ON `training_sessions` (`month`);--> statement-breakpoint
ALTER TABLE `staff` ADD `employment` text;--> statement-breakpoint
ALTER TABLE `staff` ADD `position` text;--> statement-breakpoint
ALTER TABLE `staff` ADD `started_on` text;--> statement-breakpoint
ALTER TABLE `staff` ADD `status` text DEFAULT 'active' NOT NULL;--> statement-breakpoint
ALTER TABLE `staff` ADD `status_date` text;--> statement-breakpoint
ALTER TABLE `staff` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE INDEX `staff_team_idx` ON `staff` (`status`,`employment`) WHERE "staff"."employment" is not null;