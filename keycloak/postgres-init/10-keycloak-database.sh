#!/usr/bin/env bash
# Keycloak's own database and role on the docker-compose PostgreSQL (run once, by the official image's
# entrypoint, when the data volume is initialised; an existing volume keeps what it has: see
# docs/reliability.md). The application database (POSTGRES_DB) and Keycloak's are separate, and neither
# accepts connections from the other's role.
set -euo pipefail
: "${KEYCLOAK_DB_PASSWORD:?KEYCLOAK_DB_PASSWORD must be set}"
KEYCLOAK_DB_NAME=${KEYCLOAK_DB_NAME:-keycloak}
KEYCLOAK_DB_USER=${KEYCLOAK_DB_USER:-keycloak}

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v kc_db="$KEYCLOAK_DB_NAME" -v kc_user="$KEYCLOAK_DB_USER" -v kc_password="$KEYCLOAK_DB_PASSWORD" \
  -v app_db="$POSTGRES_DB" <<'SQL'
CREATE ROLE :"kc_user" LOGIN PASSWORD :'kc_password';
CREATE DATABASE :"kc_db" OWNER :"kc_user" ENCODING 'UTF8';
REVOKE ALL ON DATABASE :"kc_db" FROM PUBLIC;
REVOKE ALL ON DATABASE :"app_db" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"kc_db" TO :"kc_user";
SQL
echo "Keycloak database \"$KEYCLOAK_DB_NAME\" (owner \"$KEYCLOAK_DB_USER\") created"
