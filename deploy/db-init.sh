#!/bin/sh
# Runs once, when the PostgreSQL container initialises its data directory: the application's own
# role owns the application's database and is not a superuser (ADR 0005). The container's
# superuser stays for administration only; no Plenary node connects as it.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner="$PLENARY_DB_USER" -v password="$PLENARY_DB_PASSWORD" <<'SQL'
CREATE ROLE :"owner" LOGIN PASSWORD :'password' NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION;
CREATE DATABASE plenary OWNER :"owner";
REVOKE ALL ON DATABASE plenary FROM PUBLIC;
SQL
