-- What a debtor sends about a case they already have (a message, D24; an addition, D25) comes in
-- as a contact of its own; it names that case, so that the case lists its documents too.
alter table contact add column case_id bigint references cases (id);
create index contact_case_idx on contact (case_id);
