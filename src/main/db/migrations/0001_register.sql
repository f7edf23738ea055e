CREATE TABLE `households` (
	`id` integer PRIMARY KEY NOT NULL,
	`grid_id` integer NOT NULL,
	`estate` text NOT NULL,
	`building` text NOT NULL,
	`unit` text,
	`room` text NOT NULL,
	`address_key` text NOT NULL,
	`address` text NOT NULL,
	`house_use` text NOT NULL,
	`landlord_name` text,
	`landlord_phone` text,
	`tenant_count` integer,
	`lease_start` text,
	`lease_end` text,
	`pledge_signed` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`archived_at` integer,
	FOREIGN KEY (`grid_id`) REFERENCES `grids`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `households_grid_idx` ON `households` (`grid_id`,`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `households_address_uq` ON `households` (`address_key`) WHERE "households"."archived_at" is null;--> statement-breakpoint
CREATE TABLE `resident_tags` (
	`resident_id` integer NOT NULL,
	`tag` text NOT NULL,
	`risk_level` text,
	PRIMARY KEY(`resident_id`, `tag`),
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `resident_tags_tag_idx` ON `resident_tags` (`tag`,`resident_id`);--> statement-breakpoint
CREATE TABLE `residents` (
	`id` integer PRIMARY KEY NOT NULL,
	`household_id` integer NOT NULL,
	`name` text NOT NULL,
	`id_number` text,
	`gender` text,
	`birth_date` text,
	`phone` text,
	`ethnicity` text DEFAULT '汉族' NOT NULL,
	`relation_to_head` text NOT NULL,
	`residence_type` text NOT NULL,
	`residence_status` text NOT NULL,
	`political_status` text DEFAULT 'masses' NOT NULL,
	`life_status` text DEFAULT 'active' NOT NULL,
	`life_status_date` text,
	`note` text,
	`pinyin` text NOT NULL,
	`initials` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `residents_household_idx` ON `residents` (`household_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `residents_id_number_uq` ON `residents` (`id_number`) WHERE "residents"."id_number" is not null;--> statement-breakpoint
CREATE INDEX `residents_name_idx` ON `residents` (`name`);--> statement-breakpoint
CREATE INDEX `residents_pinyin_idx` ON `residents` (`pinyin`);--> statement-breakpoint
CREATE INDEX `residents_initials_idx` ON `residents` (`initials`);--> statement-breakpoint
CREATE INDEX `residents_phone_idx` ON `residents` (`phone`);--> statement-breakpoint
CREATE INDEX `residents_updated_idx` ON `residents` (`updated_at`);--> statement-breakpoint
CREATE TABLE `visits` (
	`id` integer PRIMARY KEY NOT NULL,
	`household_id` integer NOT NULL,
	`grid_id` integer NOT NULL,
	`visit_date` text NOT NULL,
	`month` text NOT NULL,
	`type` text NOT NULL,
	`visitor_id` integer,
	`visitor_name` text NOT NULL,
	`people_met` text DEFAULT '' NOT NULL,
	`findings` text DEFAULT '' NOT NULL,
	`follow_up_needed` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`grid_id`) REFERENCES `grids`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`visitor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `visits_household_idx` ON `visits` (`household_id`,`visit_date`);--> statement-breakpoint
CREATE INDEX `visits_grid_month_idx` ON `visits` (`grid_id`,`month`,`household_id`);--> statement-breakpoint
CREATE INDEX `visits_month_idx` ON `visits` (`month`,`household_id`);--> statement-breakpoint
CREATE TABLE `export_marks` (
	`id` integer PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`exported_at` integer NOT NULL,
	`actor_id` integer,
	`row_count` integer NOT NULL,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `import_batches` (
	`id` integer PRIMARY KEY NOT NULL,
	`file_hash` text NOT NULL,
	`file_name` text NOT NULL,
	`imported_at` integer NOT NULL,
	`actor_id` integer,
	`residents_added` integer NOT NULL,
	`households_added` integer NOT NULL,
	`skipped` integer NOT NULL,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `import_batches_hash_idx` ON `import_batches` (`file_hash`);