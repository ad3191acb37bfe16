-- Messages both ways (D24): the portal inbox keeps the conversation between the debtor and the
-- agency, not only the notices of letters. A message is from the agency (a letter's notice, or a
-- handler's answer, signed by its author) or from the debtor (their own words, with the contact
-- that holds their documents); it is about one case or, from the debtor, in general.
alter table portal_message add column direction varchar(12) not null default 'FROM_AGENCY';
alter table portal_message add column author varchar(60);
alter table portal_message add column contact_id varchar(36) references contact (id);
alter table portal_message alter column letter_id drop not null;
alter table portal_message alter column case_id drop not null;
alter table portal_message alter column subject drop not null;
alter table portal_message alter column body set data type varchar(4000);
-- An e-mail notice of a handler's answer (D24) is about a message, not a letter: it has no letter kind.
alter table notification alter column kind drop not null;
