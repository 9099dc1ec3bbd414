#!/usr/bin/env bash
# Approves every snapshot the last `dotnet test` received: renames *.received.* to *.approved.*.
# Review the diff (git diff) before committing.
set -euo pipefail
cd "$(dirname "$0")"
count=0
while IFS= read -r -d '' received; do
  mv "$received" "${received/.received./.approved.}"
  count=$((count + 1))
done < <(find . -name '*.received.*' -print0)
echo "approved $count snapshot(s)"
