-- Who wrote a fiche, and the editor's last word to them.
alter table practice add column author_account_id bigint;
alter table practice add column moderation_comment varchar(2000);
alter table practice add column submitted_at timestamp with time zone;
create index ix_practice_author on practice (author_account_id);
