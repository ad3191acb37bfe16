-- Follow-up (D15): the money a final response gives back, for the redress total of the reports.
alter table case_response add column redress_amount numeric(19, 2);
