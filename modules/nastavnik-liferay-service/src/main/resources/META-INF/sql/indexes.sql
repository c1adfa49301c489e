create unique index IX_A8BDC770 on Nastavnik_Competency (groupId, code[$COLUMN_LENGTH:75$]);
create unique index IX_63F62271 on Nastavnik_Competency (uuid_[$COLUMN_LENGTH:75$], groupId);

create unique index IX_6DCF86F0 on Nastavnik_MenteeNeed (menteeProfileId, competencyId);
create unique index IX_B18D9308 on Nastavnik_MenteeNeed (uuid_[$COLUMN_LENGTH:75$], groupId);

create index IX_138C0E5 on Nastavnik_MenteeProfile (groupId, category[$COLUMN_LENGTH:75$], organizationId);
create index IX_58CF5B3 on Nastavnik_MenteeProfile (groupId, organizationId);
create unique index IX_BD3EEB4B on Nastavnik_MenteeProfile (groupId, userId);
create unique index IX_5C4B7083 on Nastavnik_MenteeProfile (groupId, uuid_[$COLUMN_LENGTH:75$]);
create index IX_13EF96DB on Nastavnik_MenteeProfile (uuid_[$COLUMN_LENGTH:75$]);

create unique index IX_E870ECE on Nastavnik_MentorProfile (groupId, userId);
create unique index IX_E3C6444C on Nastavnik_MentorProfile (uuid_[$COLUMN_LENGTH:75$], groupId);

create index IX_A84B7ACC on Nastavnik_MentorStrength (competencyId);
create unique index IX_B3A631DF on Nastavnik_MentorStrength (mentorProfileId, competencyId);
create unique index IX_61FCBE76 on Nastavnik_MentorStrength (uuid_[$COLUMN_LENGTH:75$], groupId);

create index IX_5F45A263 on Nastavnik_Pair (groupId, programId, status[$COLUMN_LENGTH:75$]);
create index IX_F9251BD8 on Nastavnik_Pair (groupId, status[$COLUMN_LENGTH:75$]);
create unique index IX_F814E682 on Nastavnik_Pair (groupId, uuid_[$COLUMN_LENGTH:75$]);
create index IX_4B472853 on Nastavnik_Pair (mentorUserId);
create index IX_54CC95FC on Nastavnik_Pair (uuid_[$COLUMN_LENGTH:75$]);

create unique index IX_3C9B4513 on Nastavnik_PairMember (menteeUserId, pairId);
create unique index IX_F8F9DA20 on Nastavnik_PairMember (menteeUserId, programId, openInProgram);
create index IX_2593253B on Nastavnik_PairMember (pairId);
create unique index IX_50AFD8E8 on Nastavnik_PairMember (uuid_[$COLUMN_LENGTH:75$], groupId);

create index IX_95E5CF38 on Nastavnik_Program (groupId);
create unique index IX_B0303F28 on Nastavnik_Program (uuid_[$COLUMN_LENGTH:75$], groupId);

create unique index IX_42185AED on Nastavnik_ProgramCurator (programId, curatorUserId);
create unique index IX_E2E47BC6 on Nastavnik_ProgramCurator (uuid_[$COLUMN_LENGTH:75$], groupId);