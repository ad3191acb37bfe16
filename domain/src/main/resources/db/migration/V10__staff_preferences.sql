-- What a staff member chose on the pages and expects to find again at the next login (#7):
-- the queue's filters and the language, one row per setting ("value" is a keyword in H2).
create table staff_preference (
    username varchar(60)  not null,
    setting  varchar(60)  not null,
    choice   varchar(400) not null,
    primary key (username, setting)
);
