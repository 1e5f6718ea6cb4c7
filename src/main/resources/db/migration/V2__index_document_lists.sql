-- One index per way of listing a tenant's jobs, each ending in the list order (newest
-- first, then id), so that a page is read off the index instead of sorting every
-- matching job: ListDocuments unfiltered, by creator, and by enterprise project.
-- name_like is a substring match, which no B-tree index serves: it reads the tenant's
-- jobs through the first index, which carries the name so that H2 can match it there
-- instead of fetching every row (2.5 times faster with 100,000 jobs in one tenant).
drop index document_tenant_created;
create index document_tenant_newest on document (tenant_id, create_time desc, document_id desc, name);
create index document_tenant_creator on document (tenant_id, creator, create_time desc, document_id desc);
create index document_tenant_project on document (tenant_id, enterprise_project_id, create_time desc, document_id desc);
