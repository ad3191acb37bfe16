-- The day the creditor handed a claim to the agency: a call about it cannot have come before.
-- Claims registered before this was kept have none, and are not checked.
alter table claim add column registered_on date;
