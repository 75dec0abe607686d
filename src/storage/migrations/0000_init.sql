CREATE TABLE `conversations` (
	`id` text PRIMARY KEY NOT NULL,
	`lang` text NOT NULL,
	`last_card_id` text,
	`last_question` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `feedback` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`message_id` text NOT NULL,
	`conversation_id` text NOT NULL,
	`card_id` text,
	`lang` text NOT NULL,
	`helpful` integer NOT NULL,
	`reason` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `feedback_message_idx` ON `feedback` (`message_id`);--> statement-breakpoint
CREATE INDEX `feedback_created_idx` ON `feedback` (`created_at`);--> statement-breakpoint
CREATE TABLE `messages` (
	`id` text PRIMARY KEY NOT NULL,
	`conversation_id` text NOT NULL,
	`lang` text NOT NULL,
	`question` text NOT NULL,
	`status` text NOT NULL,
	`card_id` text,
	`urgent` integer NOT NULL,
	`flow_id` text,
	`flow_step` text,
	`flow_started` integer,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `messages_conversation_idx` ON `messages` (`conversation_id`);--> statement-breakpoint
CREATE INDEX `messages_created_idx` ON `messages` (`created_at`);--> statement-breakpoint
CREATE TABLE `rate_limits` (
	`key` text PRIMARY KEY NOT NULL,
	`window_start` integer NOT NULL,
	`count` integer NOT NULL
);
