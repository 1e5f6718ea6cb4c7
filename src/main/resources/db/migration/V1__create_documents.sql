-- Portable between H2 and PostgreSQL: varchar without a length is unbounded in both.
-- Lengths are the API's rules, checked in characters before anything is stored; H2
-- counts UTF-16 units, so a column limit here would refuse what the API accepts.
create table document (
    document_id           varchar(32)  not null primary key,
    tenant_id             varchar(128) not null,
    name                  varchar      not null,
    description           varchar,
    enterprise_project_id varchar      not null,
    risk_level            varchar(8)   not null,
    creator               varchar      not null,
    modifier              varchar,
    create_time           bigint       not null,
    update_time           bigint       not null,
    latest_version        integer      not null
);

create index document_tenant_created on document (tenant_id, create_time desc, document_id);

-- version_uuid is unique by construction (time and 80 random bits) and is never looked up
-- alone, so it has no index: every index costs each commit a page rewrite.
create table document_version (
    document_id  varchar(32)  not null references document (document_id) on delete cascade,
    version      integer      not null,
    name         varchar      not null,
    content      varchar      not null,
    description  varchar,
    risk_level   varchar(8)   not null,
    version_uuid varchar(32)  not null,
    create_time  bigint       not null,
    primary key (document_id, version)
);

create table document_tag (
    document_id varchar(32) not null references document (document_id) on delete cascade,
    position    integer     not null,
    tag_key     varchar,
    tag_value   varchar,
    primary key (document_id, position)
);
