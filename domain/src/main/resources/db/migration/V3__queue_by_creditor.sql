-- Queues by creditor (casework): the creditor is kept on the case so that a queue page is one
-- indexed scan of cases, without joining claims.
alter table cases add column creditor_id bigint references creditor (id);
update cases set creditor_id = (select claim.creditor_id from claim where claim.id = cases.claim_id);
alter table cases alter column creditor_id set not null;
create index cases_creditor_due_idx on cases (creditor_id, response_due);
