#!/bin/sh
# Instructions per request of one side of profile_async_path.py, counted by callgrind:
# (Ir at N2 calls - Ir at N1 calls) / (N2 - N1), so imports, start-up and warm-up cancel.
#   benchmarks/instructions_per_call.sh PYTHON SIDE [TASKS] [N1] [N2]
set -eu
PY=$1 SIDE=$2 TASKS=${3:-50} N1=${4:-200} N2=${5:-600}
HERE=$(dirname "$0")
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
for N in "$N1" "$N2"; do
  valgrind --tool=callgrind --callgrind-out-file="$OUT/cg.$N" "$PY" "$HERE/profile_async_path.py" \
    --only "$SIDE" --tasks "$TASKS" --n "$N" >/dev/null 2>"$OUT/log.$N"
  grep -h "Collected" "$OUT/log.$N" | awk '{print $NF}' > "$OUT/ir.$N"
done
echo "$SIDE $TASKS tasks: $(( ( $(cat "$OUT/ir.$N2") - $(cat "$OUT/ir.$N1") ) / (N2 - N1) )) instructions per request"
