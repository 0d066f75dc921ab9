-- When the organisation was last asked whether a fiche is still current.
alter table practice add column review_reminded_at date;
