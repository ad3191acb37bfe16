-- Deadline clocks (D11, D12): one row per event the deadline job has announced, so that each is
-- announced once even when several application instances scan at the same time.
create table deadline_notice (
    case_id    bigint      not null references cases (id),
    kind       varchar(30) not null,
    due_date   date        not null,
    noticed_at timestamp with time zone not null,
    primary key (case_id, kind, due_date)
);
