#!/usr/bin/env bash
# Writes keycloak/gongkai-realm-production.json from the dev realm keycloak/gongkai-realm.json, so the two
# never drift: the same roles, scopes, user profile, brute-force protection and password policy, minus
#   - the dev/test password-grant client gongkai-cli (and any other client with direct access grants),
#   - the demo users (every user in the file but the service accounts of the clients kept),
# with the SPA client's redirect URIs, web origins and post-logout URIs set to the SPA address(es), and with
# every confidential client's secret read at import from the environment: Keycloak resolves ${NAME} in an
# imported realm, so the staff directory's is ${GONGKAI_DIRECTORY_SECRET} (docker-compose passes it to both
# Keycloak and the backend). The dev secret never reaches this file.
#
# Usage: keycloak/make-production-realm.sh            rewrite the production file
#        keycloak/make-production-realm.sh --check    exit 1 if the committed file is not what this writes
# SPA_URLS (space-separated, default: the docker-compose address http://localhost:5173) lists the SPA origins;
# a real deployment regenerates its own file, e.g. SPA_URLS=https://gongkai.example.gov.cn (not committed).
# Needs jq (apt-get install -y jq).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
DEV=$HERE/gongkai-realm.json
OUT=$HERE/gongkai-realm-production.json
SPA_URLS=${SPA_URLS:-http://localhost:5173}

# The environment variable each confidential client's secret comes from in production.
SECRETS='{"gongkai-directory": "GONGKAI_DIRECTORY_SECRET"}'

command -v jq >/dev/null || { echo "make-production-realm.sh: jq is required (apt-get install -y jq)" >&2; exit 2; }

generate() {
  # shellcheck disable=SC2086
  jq --indent 2 '
    ($ARGS.positional | map(sub("/+$"; ""))) as $origins
    | .clients |= map(select(.clientId != "gongkai-cli" and (.directAccessGrantsEnabled // false) == false))
    | ([.clients[].clientId]) as $kept
    | .users = [.users[]? | select(.serviceAccountClientId != null and (.serviceAccountClientId as $c | $kept | index($c)) != null)]
    | .clients |= map(if .secret != null then .secret = "${" + $secrets[.clientId] + "}" else . end)
    | .clients |= map(
        if .clientId == "gongkai-spa" then
          .baseUrl = ($origins[0] + "/")
          | .redirectUris = ($origins | map(. + "/*"))
          | .webOrigins = $origins
          | .attributes["post.logout.redirect.uris"] = ($origins | map(. + "/*") | join("##"))
        else . end)
  ' --argjson secrets "$SECRETS" "$DEV" --args $SPA_URLS
}

case ${1:-} in
  --check)
    SPA_URLS=http://localhost:5173   # the committed file is the docker-compose one
    if ! diff -u "$OUT" <(generate) >/dev/null; then
      echo "keycloak/gongkai-realm-production.json is out of date with keycloak/gongkai-realm.json;" >&2
      echo "run keycloak/make-production-realm.sh and commit the result. Difference:" >&2
      diff -u "$OUT" <(generate) >&2 || true
      exit 1
    fi
    # What must never reach production, whatever the dev file grows.
    jq -e '([(.users // [])[] | select(.serviceAccountClientId == null)] | length) == 0
           and ([.clients[] | select(.directAccessGrantsEnabled == true)] | length) == 0
           and ([.clients[].clientId] | index("gongkai-cli")) == null
           and ([.clients[] | select(.secret != null and (.secret | test("^\\$\\{[A-Z_]+\\}$") | not))] | length) == 0' "$OUT" >/dev/null \
      || { echo "gongkai-realm-production.json has demo users, a password-grant client or a client secret in clear" >&2; exit 1; }
    echo "gongkai-realm-production.json is up to date"
    ;;
  "")
    generate >"$OUT.tmp"
    mv "$OUT.tmp" "$OUT"
    echo "wrote $OUT (SPA: $SPA_URLS)"
    ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac
