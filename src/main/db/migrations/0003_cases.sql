CREATE TABLE `case_attachments` (
	`id` integer PRIMARY KEY NOT NULL,
	`case_id` integer NOT NULL,
	`sha256` text NOT NULL,
	`file_name` text NOT NULL,
	`media_type` text NOT NULL,
	`size` integer NOT NULL,
	`uploaded_by` integer,
	`uploaded_at` integer NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`uploaded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_attachments_case_idx` ON `case_attachments` (`case_id`);--> statement-breakpoint
CREATE TABLE `case_categories` (
	`id` integer PRIMARY KEY NOT NULL,
	`parent_id` integer,
	`name` text NOT NULL,
	`name_en` text,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`accept_working_days` integer,
	`resolve_days` integer,
	`urgent_resolve_days` integer,
	`archived_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `case_categories`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_categories_parent_idx` ON `case_categories` (`parent_id`,`sort_order`);--> statement-breakpoint
CREATE UNIQUE INDEX `case_categories_name_uq` ON `case_categories` (`parent_id`,`name`) WHERE "case_categories"."archived_at" is null;--> statement-breakpoint
CREATE TABLE `case_events` (
	`id` integer PRIMARY KEY NOT NULL,
	`case_id` integer NOT NULL,
	`kind` text NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`actor_id` integer,
	`actor_name` text NOT NULL,
	`at` integer NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`data` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_events_case_idx` ON `case_events` (`case_id`,`id`);--> statement-breakpoint
CREATE TABLE `case_number_sequences` (
	`month` text PRIMARY KEY NOT NULL,
	`last` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `case_views` (
	`id` integer PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`name` text NOT NULL,
	`filters` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `case_views_user_name_uq` ON `case_views` (`user_id`,`name`);--> statement-breakpoint
CREATE TABLE `cases` (
	`id` integer PRIMARY KEY NOT NULL,
	`number` text NOT NULL,
	`kind` text NOT NULL,
	`source` text NOT NULL,
	`status` text NOT NULL,
	`urgency` text DEFAULT 'ordinary' NOT NULL,
	`category_id` integer NOT NULL,
	`top_category_id` integer NOT NULL,
	`description` text NOT NULL,
	`resident_id` integer,
	`household_id` integer,
	`grid_id` integer NOT NULL,
	`address` text,
	`contact_name` text,
	`contact_phone` text,
	`hotline_order_no` text,
	`hotline_deadline` integer,
	`registered_at` integer NOT NULL,
	`registered_month` text NOT NULL,
	`registered_by` integer,
	`accept_by` integer NOT NULL,
	`resolve_by` integer NOT NULL,
	`accepted_at` integer,
	`resolved_at` integer,
	`first_resolved_at` integer,
	`resolution` text,
	`closed_at` integer,
	`handler_user_id` integer,
	`handler_department` text,
	`handler_name` text,
	`claimant_kind` text,
	`claimant_name` text,
	`claimant_phone` text,
	`claimed_at` integer,
	`escalation_level` text,
	`supervision_level` text,
	`extension_pending` integer DEFAULT false NOT NULL,
	`extension_request_days` integer,
	`extension_days` integer DEFAULT 0 NOT NULL,
	`satisfaction` text,
	`followed_up_at` integer,
	`reopen_count` integer DEFAULT 0 NOT NULL,
	`first_handling_resolved` integer DEFAULT false NOT NULL,
	`void_reason` text,
	`duplicate_of_id` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`category_id`) REFERENCES `case_categories`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`top_category_id`) REFERENCES `case_categories`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`grid_id`) REFERENCES `grids`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`registered_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`handler_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`duplicate_of_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cases_number_uq` ON `cases` (`number`);--> statement-breakpoint
CREATE INDEX `cases_status_idx` ON `cases` (`status`,`id`);--> statement-breakpoint
CREATE INDEX `cases_grid_idx` ON `cases` (`grid_id`,`id`,`status`,`kind`,`source`,`top_category_id`,`category_id`,`handler_user_id`,`registered_at`);--> statement-breakpoint
CREATE INDEX `cases_handler_idx` ON `cases` (`handler_user_id`,`status`,`id`,`kind`,`source`,`top_category_id`,`category_id`,`grid_id`,`registered_at`);--> statement-breakpoint
CREATE INDEX `cases_category_idx` ON `cases` (`category_id`,`id`);--> statement-breakpoint
CREATE INDEX `cases_top_category_idx` ON `cases` (`top_category_id`,`id`,`status`,`kind`,`source`,`category_id`,`grid_id`,`handler_user_id`,`registered_at`);--> statement-breakpoint
CREATE INDEX `cases_kind_idx` ON `cases` (`kind`,`status`,`id`,`source`,`top_category_id`,`category_id`,`grid_id`,`handler_user_id`,`registered_at`);--> statement-breakpoint
CREATE INDEX `cases_source_idx` ON `cases` (`source`,`id`,`status`,`kind`,`top_category_id`,`category_id`,`grid_id`,`handler_user_id`,`registered_at`);--> statement-breakpoint
CREATE INDEX `cases_registered_idx` ON `cases` (`registered_at`,`status`,`kind`,`source`,`top_category_id`,`category_id`,`grid_id`,`handler_user_id`);--> statement-breakpoint
CREATE INDEX `cases_resident_idx` ON `cases` (`resident_id`,`category_id`,`registered_at`,`status`);--> statement-breakpoint
CREATE INDEX `cases_household_idx` ON `cases` (`household_id`,`id`);--> statement-breakpoint
CREATE INDEX `cases_resolved_idx` ON `cases` (`resolved_at`) WHERE "cases"."resolved_at" is not null;--> statement-breakpoint
CREATE INDEX `cases_followed_up_idx` ON `cases` (`followed_up_at`) WHERE "cases"."followed_up_at" is not null;--> statement-breakpoint
CREATE INDEX `cases_hotline_order_idx` ON `cases` (`hotline_order_no`);--> statement-breakpoint
CREATE INDEX `cases_supervision_idx` ON `cases` (`supervision_level`,`id`);--> statement-breakpoint
CREATE INDEX `cases_extension_pending_idx` ON `cases` (`extension_pending`,`id`);