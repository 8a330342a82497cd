#!/bin/bash
# Smoke test of dmsandbox with nothing but curl and jq, as an administrator or a trainer would poke at it: start it,
# read its connection line, acquire a token over TLS pinned to the printed key, call two endpoints, check the
# envelopes. Usage: curl-smoke.sh <path to dmsandbox>. ctest runs it (label integration).
set -euo pipefail

sandbox=${1:?usage: curl-smoke.sh <path to dmsandbox>}
for tool in curl jq; do
    command -v "$tool" >/dev/null || { echo "curl-smoke: $tool is missing (packaging/debian-packages.txt)" >&2; exit 1; }
done

work=$(mktemp -d)
pid=
cleanup() {
    if [[ -n "$pid" ]]; then
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

fail() {
    echo "curl-smoke: FAIL: $*" >&2
    echo "--- dmsandbox stderr (tail) ---" >&2
    tail -n 20 "$work/stderr" >&2 || true
    exit 1
}

data="$work/data"
"$sandbox" --data-dir "$data" --scale small >"$work/stdout" 2>"$work/stderr" &
pid=$!

# The first stdout line is the connection JSON; it comes once the server listens.
for _ in $(seq 1 600); do
    [[ -s "$work/stdout" ]] && [[ "$(head -c 1 "$work/stdout")" == "{" ]] && grep -q '}' "$work/stdout" && break
    kill -0 "$pid" 2>/dev/null || fail "dmsandbox exited before printing its connection line"
    sleep 0.1
done
line=$(head -n 1 "$work/stdout")
field() { jq -er --arg key "$1" '.[$key] | strings | select(length > 0)' <<<"$line" || fail "connection line lacks $1: $line"; }
base=$(field baseUrl)
app_id=$(field appId)
auth_code=$(field authCode)
org_open_id=$(field orgOpenId)
domain=$(field domain)
pin=$(field spkiSha256)
[[ "$base" == https://127.0.0.1:* ]] || fail "baseUrl is not loopback HTTPS: $base"

# post PATH BODY [TOKEN]: one call as public integrators make it (JSON body, the three token headers, no timestamp or
# nonce), trusting only the sandbox's own certificate and its printed key pin.
post() {
    local headers=(-H "Content-Type: application/json; charset=utf-8")
    if [[ -n "${3:-}" ]]; then
        headers+=(-H "qiye-app-id: $app_id" -H "qiye-org-open-id: $org_open_id" -H "qiye-access-token: $3")
    fi
    curl --silent --show-error --max-time 20 --cacert "$data/tls/cert.pem" --pinnedpubkey "sha256//$pin" \
        "${headers[@]}" --data "$2" "$base$1"
}
# expect JSON FILTER WHAT: the jq filter must hold for the answer.
expect() {
    jq -e "$2" >/dev/null 2>&1 <<<"$1" || fail "$3: unexpected answer: $1"
}

credentials=$(jq -nc --arg a "$app_id" --arg c "$auth_code" --arg o "$org_open_id" \
    '{appId: $a, authCode: $c, orgOpenId: $o}')
answer=$(post /api/pub/token/acquireToken "$credentials") || fail "acquireToken: curl failed"
expect "$answer" '.code == 0 and .success == true and (.data.accessToken | type == "string" and length > 0)
    and (.data.accessTokenExpiredTime | test("^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"))' acquireToken
token=$(jq -r .data.accessToken <<<"$answer")
refresh=$(jq -r .data.refreshToken <<<"$answer")

# The refresh as one integrator makes it: the token in the query, an empty body; the old access token dies at once.
answer=$(curl --silent --show-error --max-time 20 --cacert "$data/tls/cert.pem" --pinnedpubkey "sha256//$pin" \
    -X POST "$base/api/pub/token/refresh?refreshToken=$(jq -rn --arg t "$refresh" '$t | @uri')") ||
    fail "refresh: curl failed"
expect "$answer" '.code == 0 and (.data.accessToken | type == "string") and .data.refreshToken == "'"$refresh"'"' refresh
old_token=$token
token=$(jq -r .data.accessToken <<<"$answer")
body=$(jq -nc --arg d "$domain" '{domain: $d}')
answer=$(post /api/open/unit/getUnitList "$body" "$old_token") || fail "getUnitList (old token): curl failed"
expect "$answer" '.code == -300 and .data == null' "getUnitList with the replaced token"

answer=$(post /api/open/unit/getUnitList "$body" "$token") || fail "getUnitList: curl failed"
expect "$answer" '.code == 0 and .success == true and .message == "" and (.data | type == "array" and length >= 1)' \
    getUnitList
expect "$answer" 'all(.data[]; .unitId != "root") and any(.data[]; .unitParentId == null)' "getUnitList top level"

answer=$(post /api/open/account/getAccount "$(jq -nc --arg d "$domain" '{domain: $d, accountName: "nobody.smoke"}')" \
    "$token") || fail "getAccount: curl failed"
expect "$answer" '.code == -3 and .message == "通用业务操作失败: ACCOUNT.NOTEXIST" and .data == null' \
    "getAccount of a missing account"

answer=$(post /api/open/delivery/policy/get "$(jq -nc --arg d "$domain" '{level: "domain", targetId: $d}')" "$token") ||
    fail "policy/get: curl failed"
expect "$answer" '.code == 0 and .success == true and .data.level == "domain" and (.data.version | type == "number")
    and (.data.policy.externalMail | IN("deny", "receiveOnly", "allow"))' "policy/get"

# Failures come in the same envelope, with HTTP 200.
answer=$(post /api/open/delivery/policy/get '{"level": "galaxy", "targetId": "x"}' "$token") ||
    fail "policy/get (bad level): curl failed"
expect "$answer" '.code == -401 and .success == false and .message == "PARAM.INVALID:level:value" and .data == null' \
    "policy/get with a bad level"
answer=$(post /api/open/unit/getUnitList "$body" "not-a-token") || fail "getUnitList (bad token): curl failed"
expect "$answer" '.code == -300 and .success == false' "getUnitList with a forged token"

# The pin is really checked: a wrong one makes curl refuse the connection.
wrong_pin="sha256//$(head -c 32 /dev/zero | base64)"
if curl --silent --max-time 20 --cacert "$data/tls/cert.pem" --pinnedpubkey "$wrong_pin" --data '{}' \
    "$base/api/open/unit/getUnitList" >/dev/null 2>&1; then
    fail "curl accepted a wrong key pin"
fi

echo "curl-smoke: ok ($base)"
