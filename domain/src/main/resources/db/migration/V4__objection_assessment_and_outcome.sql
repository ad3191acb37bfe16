-- Objections (D7, D8): the assessment, the request for the creditor's position with its own
-- clock, and the outcome.
alter table cases add column substantive boolean;
alter table cases add column assessment_reason varchar(2000);
alter table cases add column creditor_position_due date;
alter table cases add column objection_outcome varchar(20);
alter table cases add column outcome_note varchar(2000);
create index cases_creditor_position_idx on cases (creditor_position_due);
