-- The role the application runs as when it does not run as the schemas' owner
-- (docs/operations/database-roles.md): its login role is a member of alliancecare_app. It is
-- created here when missing (roles belong to the whole server, so it may exist already).
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'alliancecare_app') THEN
        CREATE ROLE alliancecare_app NOLOGIN;
    END IF;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL; -- created at the same moment by a migration of another database on this server
END
$$;

-- What the owner creates from now on, in every module's schema, the application may use: read
-- and write rows, use sequences. Never TRUNCATE, never DDL. A module that must be stricter revokes
-- in its own migration (audit: its tables are append-only).
ALTER DEFAULT PRIVILEGES GRANT USAGE ON SCHEMAS TO alliancecare_app;
ALTER DEFAULT PRIVILEGES GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO alliancecare_app;
ALTER DEFAULT PRIVILEGES GRANT USAGE, SELECT ON SEQUENCES TO alliancecare_app;

-- And what exists already in this schema.
GRANT USAGE ON SCHEMA platform TO alliancecare_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA platform TO alliancecare_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA platform TO alliancecare_app;
