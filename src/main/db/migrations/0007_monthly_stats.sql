CREATE TABLE `case_monthly_stats` (
	`month` text NOT NULL,
	`grid_id` integer NOT NULL,
	`top_category_id` integer NOT NULL,
	`registered` integer DEFAULT 0 NOT NULL,
	`hotline` integer DEFAULT 0 NOT NULL,
	`resolved` integer DEFAULT 0 NOT NULL,
	`resolved_on_time` integer DEFAULT 0 NOT NULL,
	`first_contact_resolved` integer DEFAULT 0 NOT NULL,
	`followed_up` integer DEFAULT 0 NOT NULL,
	`satisfied` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`month`, `grid_id`, `top_category_id`)
);
--> statement-breakpoint
CREATE TABLE `monthly_summaries` (
	`id` integer PRIMARY KEY NOT NULL,
	`grid_id` integer NOT NULL,
	`month` text NOT NULL,
	`commentary` text DEFAULT '' NOT NULL,
	`updated_by` integer,
	`updated_by_name` text NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`grid_id`) REFERENCES `grids`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `monthly_summaries_scope_uq` ON `monthly_summaries` (`grid_id`,`month`);--> statement-breakpoint
ALTER TABLE `cases` ADD `came_back` integer DEFAULT false NOT NULL;