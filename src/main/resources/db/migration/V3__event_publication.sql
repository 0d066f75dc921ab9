-- Spring Modulith's durable registry of domain events (incomplete publications are resubmitted).
create table event_publication (
    id                     uuid          not null primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(100000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    last_resubmission_date timestamp with time zone,
    completion_attempts    integer       not null default 0,
    status                 varchar(20)
);
create index ix_event_publication_completion on event_publication (completion_date);
