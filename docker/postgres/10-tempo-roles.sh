#!/usr/bin/env bash
# Run once by the postgres image, on an empty data directory (/docker-entrypoint-initdb.d): each WAR's own role
# owning its schema and nothing else, as ./tempo's least_privilege_sql does. The passwords come from the
# environment (docker/compose.yaml: local-development values only).
set -euo pipefail

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<'SQL'
REVOKE ALL ON DATABASE tempo FROM PUBLIC;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
SQL

for schema in account training interaction; do
  password_variable="TEMPO_${schema^^}_DB_PASSWORD"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
       -v role="tempo_$schema" -v schema="$schema" -v password="${!password_variable}" <<'SQL'
CREATE ROLE :"role" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'password';
GRANT CONNECT ON DATABASE tempo TO :"role";
CREATE SCHEMA :"schema" AUTHORIZATION :"role";
SQL
done
