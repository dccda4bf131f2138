#!/usr/bin/env bash
# Renders every overlay in kustomize/overlays and checks it: schemas, unknown fields and metric names for each
# (validate-manifests.mjs), production rules for prod (check-prod.mjs, and check-prod-selftest.mjs that they can
# fail); then lint-dockerfiles.mjs if it exists.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
overlays=$(dirname "$here")/kustomize/overlays

if ! command -v kubectl >/dev/null 2>&1; then
  echo "run.sh: kubectl is not installed; it renders the overlays (kubectl >= 1.32, kustomize v5.5 inside)" >&2
  exit 2
fi
if ! command -v node >/dev/null 2>&1; then
  echo "run.sh: node is not installed (Node.js 20 or later)" >&2
  exit 2
fi

cd "$here"
npm ci --no-audit --no-fund --prefer-offline --loglevel=error

rendered=$(mktemp -d)
trap 'rm -rf "$rendered"' EXIT

for overlay in "$overlays"/*/; do
  name=$(basename "$overlay")
  # broker.xml and the realm live in stack/, outside the kustomization roots (kustomize/README.md)
  if ! kubectl kustomize --load-restrictor LoadRestrictionsNone "$overlay" >"$rendered/$name.yaml"; then
    echo "run.sh: kubectl kustomize failed for overlay $name" >&2
    exit 1
  fi
  node validate-manifests.mjs "$rendered/$name.yaml"
done

node check-prod.mjs "$rendered/prod.yaml"
# and that its rules can fail: each breaks one thing in a copy of the prod rendering
node check-prod-selftest.mjs "$rendered/prod.yaml"

if [ -f lint-dockerfiles.mjs ]; then
  node lint-dockerfiles.mjs
fi
