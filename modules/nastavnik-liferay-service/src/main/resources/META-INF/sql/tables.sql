create table Nastavnik_Competency (
	mvccVersion LONG default 0 not null,
	uuid_ VARCHAR(75) null,
	competencyId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	userId LONG,
	userName VARCHAR(75) null,
	createDate DATE null,
	modifiedDate DATE null,
	code VARCHAR(75) null,
	area VARCHAR(75) null,
	nameRu VARCHAR(255) null,
	nameEn VARCHAR(255) null,
	priority INTEGER
);

create table Nastavnik_MenteeNeed (
	mvccVersion LONG default 0 not null,
	uuid_ VARCHAR(75) null,
	menteeNeedId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	userId LONG,
	userName VARCHAR(75) null,
	createDate DATE null,
	modifiedDate DATE null,
	menteeProfileId LONG,
	competencyId LONG
);

create table Nastavnik_MenteeProfile (
	mvccVersion LONG default 0 not null,
	uuid_ VARCHAR(75) null,
	menteeProfileId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	userId LONG,
	userName VARCHAR(75) null,
	createDate DATE null,
	modifiedDate DATE null,
	category VARCHAR(75) null,
	yearsOfExperience INTEGER,
	organizationId LONG
);

create table Nastavnik_MentorProfile (
	mvccVersion LONG default 0 not null,
	uuid_ VARCHAR(75) null,
	mentorProfileId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	userId LONG,
	userName VARCHAR(75) null,
	createDate DATE null,
	modifiedDate DATE null,
	capacity INTEGER,
	reservedSlots INTEGER,
	formats VARCHAR(75) null,
	bio VARCHAR(2000) null
);

create table Nastavnik_MentorStrength (
	mvccVersion LONG default 0 not null,
	uuid_ VARCHAR(75) null,
	mentorStrengthId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	userId LONG,
	userName VARCHAR(75) null,
	createDate DATE null,
	modifiedDate DATE null,
	mentorProfileId LONG,
	competencyId LONG,
	strengthLevel INTEGER
);

create table Nastavnik_Pair (
	mvccVersion LONG default 0 not null,
	uuid_ VARCHAR(75) null,
	pairId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	userId LONG,
	userName VARCHAR(75) null,
	createDate DATE null,
	modifiedDate DATE null,
	programId LONG,
	mentorUserId LONG,
	mentorResponse VARCHAR(75) null,
	status VARCHAR(75) null,
	statusByUserId LONG,
	statusDate DATE null,
	statusNote STRING null
);

create table Nastavnik_PairMember (
	mvccVersion LONG default 0 not null,
	uuid_ VARCHAR(75) null,
	pairMemberId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	userId LONG,
	userName VARCHAR(75) null,
	createDate DATE null,
	modifiedDate DATE null,
	pairId LONG,
	programId LONG,
	menteeUserId LONG,
	response VARCHAR(75) null,
	openInProgram INTEGER
);

create table Nastavnik_Program (
	mvccVersion LONG default 0 not null,
	uuid_ VARCHAR(75) null,
	programId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	userId LONG,
	userName VARCHAR(75) null,
	createDate DATE null,
	modifiedDate DATE null,
	title VARCHAR(255) null,
	description STRING null,
	startDate DATE null,
	endDate DATE null
);

create table Nastavnik_ProgramCurator (
	mvccVersion LONG default 0 not null,
	uuid_ VARCHAR(75) null,
	programCuratorId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	userId LONG,
	userName VARCHAR(75) null,
	createDate DATE null,
	modifiedDate DATE null,
	programId LONG,
	curatorUserId LONG
);