#!/usr/bin/env bash
# Prints a development bearer token from a running LocalHost (Development only).
# Usage: scripts/token.sh ROLE [DEPARTMENT_CODE] [REGION_CODE] [SUBJECT] [CREDIT_CODE]
#   scripts/token.sh admin
#   scripts/token.sh clerk 330300-QXJ 330300
#   scripts/token.sh verifier "" "" bank-1 91350100M000100Y43   # a receiving party, its organisation by credit code
set -euo pipefail
role="${1:?usage: scripts/token.sh ROLE [DEPARTMENT_CODE] [REGION_CODE] [SUBJECT] [CREDIT_CODE]}"
department="${2:-}"
region="${3:-}"
subject="${4:-$role-1}"
credit="${5:-}"
base="${GOVFUNCTIONS_URL:-http://127.0.0.1:7071}"
body=$(printf '{"subject":"%s","roles":["%s"]%s%s%s}' "$subject" "$role" \
  "${department:+,\"departmentCode\":\"$department\"}" "${region:+,\"regionCode\":\"$region\"}" "${credit:+,\"creditCode\":\"$credit\"}")
curl -sf -X POST "$base/api/dev/tokens" -H 'Content-Type: application/json' -d "$body" \
  | sed -E 's/.*"accessToken":"([^"]+)".*/\1/'
