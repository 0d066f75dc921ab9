-- network guests and reach: a guest registers without an account (account_id empty) and
-- holds no seat until the link in the mail is confirmed (status PENDING until expires_at;
-- a nightly purge removes the unconfirmed). The organisation is kept with the
-- registration: a member's organisation id, a guest's own words, for the reach figures.
alter table event_registration alter column account_id drop not null;
alter table event_registration add column organisation_id bigint;
alter table event_registration add column organisation_name varchar(200);
alter table event_registration add column expires_at timestamp with time zone;
create index ix_event_registration_email on event_registration (event_id, email);
create index ix_event_registration_expiry on event_registration (status, expires_at);
