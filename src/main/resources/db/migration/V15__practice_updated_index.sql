-- The content version (count and latest change of all fiches) that shared caches compare
-- with on every request must be cheap: an index on the time of the latest change.
create index ix_practice_updated on practice (updated_at);
