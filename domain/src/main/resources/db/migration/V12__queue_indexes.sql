-- Queues at agency scale (#9): whether a case is still open is kept beside its status, so that a
-- queue's open cases are one index range in due order, and its page and total are read from the
-- index alone; every index a queue page reads ends with the id that breaks ties in its order.
-- Children of a case that were found by a scan of their whole table get their index.
alter table cases add column is_open boolean;
update cases set is_open = status not in ('CLOSED', 'RESOLVED_ON_CONTACT');
alter table cases alter column is_open set not null;

drop index cases_queue_due_idx;
create index cases_queue_due_idx on cases (queue, response_due, id);
create index cases_queue_open_due_idx on cases (queue, is_open, response_due, id);
drop index cases_creditor_due_idx;
create index cases_creditor_open_due_idx on cases (creditor_id, is_open, response_due, id);

create index portal_message_case_idx on portal_message (case_id);
create index case_link_linked_idx on case_link (linked_case_id);
