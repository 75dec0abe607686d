CREATE TABLE `conversations` (
	`id` text PRIMARY KEY NOT NULL,
	`lang` text NOT NULL,
	`last_card_id` text,
	`last_question` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `messages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`conversation_id` text NOT NULL,
	`lang` text NOT NULL,
	`question` text NOT NULL,
	`status` text NOT NULL,
	`card_id` text,
	`urgent` integer NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `messages_conversation_idx` ON `messages` (`conversation_id`);--> statement-breakpoint
CREATE INDEX `messages_created_idx` ON `messages` (`created_at`);