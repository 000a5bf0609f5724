#!/bin/sh
# End-to-end timings of the perfeval command line as a user feels them, each beside its baseline in the same
# run, medians of repeated runs, ratios printed at the end (docs/PERFORMANCE.md holds one run's table).
#
#   mvn -B -q package -DskipTests -pl examples,benchmarks -am      # the jars, the launcher, the CDS archive
#   flock /tmp/mvn.lock ./benchmarks/end-to-end.sh [REPEATS] [WORKBOOKS]   # default 5 and 1000
#
# The one-form rows run 4 x REPEATS times (20 by default): each takes a few hundred milliseconds, and on a shared
# machine five runs of them were too few for a stable median (one run: 249 to 393 ms).
#
# 1. One form: `java -version` (the JVM's own start) beside `perfeval check form.xlsx` through the launcher
#    (CDS archive, C1 only) and as a plain `java -jar`, and openpyxl loading the same workbook.
# 2. A folder of WORKBOOKS small generated workbooks: `perfeval check DIR` (all cores) beside the in-JVM floor
#    (POI opening each file and touching every cell on as many threads, PoiFloor; with the same compiler) and openpyxl loading them
#    and touching every cell (one process, as a Python script would).
# 3. The library's first call in a long-running JVM against its steady state (FirstCall).
# The Python rows need python3 with openpyxl (Debian: apt-get install python3-openpyxl); without it they are
# skipped with a note.
set -eu
cd "$(dirname "$0")/.."
repeats=${1:-5}
count=${2:-1000}
jar=examples/target/perfeval.jar
launcher=examples/target/perfeval
bench=benchmarks/target/benchmarks.jar
form=testkit/src/main/resources/io/github/perfeval/testkit/forms/yueyang-2024-department.xlsx
for f in "$jar" "$launcher" "$bench"; do
  [ -f "$f" ] || { echo "missing $f: mvn -B -q package -DskipTests -pl examples,benchmarks -am" >&2; exit 2; }
done
python=
for p in python3 /usr/bin/python3; do
  if "$p" -c "import openpyxl" 2>/dev/null; then python=$p; break; fi
done
threads=$(nproc 2>/dev/null || echo 1)
dir=${TMPDIR:-/tmp}/perfeval-end-to-end-$count
if [ ! -d "$dir" ] || [ "$(ls "$dir" | wc -l)" -ne "$count" ]; then
  rm -rf "$dir"
  java -cp "$bench" io.github.perfeval.benchmarks.SmallWorkbooks "$dir" "$count"
fi
times=$(mktemp)
trap 'rm -f "$times"' EXIT

# run LABEL CMD...: wall milliseconds of one run, output discarded
run() {
  label=$1; shift
  s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N)
  echo "$label $(( (e - s) / 1000000 ))" >> "$times"
}
median() {
  grep "^$1 " "$times" | awk '{print $2}' | sort -n | awk '{v[NR]=$1} END {if (NR == 0) print "-"; else print v[int((NR + 1) / 2)]}'
}
all() {
  grep "^$1 " "$times" | awk '{printf "%s ", $2}'
}

"$launcher" --version >/dev/null 2>&1    # makes the archive if the build did not
forms=$((repeats * 4))
echo "one form, $forms runs each, interleaved ..." >&2
for i in $(seq "$forms"); do
  run jvm java -version
  run launcher "$launcher" check "$form"
  run jar java -jar "$jar" check "$form"
  [ -n "$python" ] && run py1 "$python" benchmarks/python/openpyxl_load.py "$form"
done
echo "folder of $count workbooks, $repeats runs each, interleaved ..." >&2
for i in $(seq "$repeats"); do
  run folder "$launcher" check "$dir"
  run folderjar java -jar "$jar" check "$dir"
  run folderc2 env PERFEVAL_JAVA_OPTS=-XX:TieredStopAtLevel=4 "$launcher" check "$dir"
  run floor java -cp "$bench" io.github.perfeval.benchmarks.PoiFloor "$dir" "$threads"
  run floorc1 java -XX:TieredStopAtLevel=1 -cp "$bench" io.github.perfeval.benchmarks.PoiFloor "$dir" "$threads"
  if [ -n "$python" ] && [ "$i" -le 3 ]; then run pyfolder "$python" benchmarks/python/openpyxl_load.py "$dir"; fi
done
first=$(java -cp "$bench" io.github.perfeval.benchmarks.FirstCall 2>/dev/null)

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (a == "-" || b == "-" || b == 0) print "-"; else printf "%.2f", a / b}'; }
echo
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(java -version 2>&1 | head -1), $(date -u +%Y-%m-%d)"
printf '%-52s %8s   %s\n' "what (median of runs, ms)" "median" "runs"
printf '%-52s %8s   %s\n' "java -version (the JVM's own start)" "$(median jvm)" "$(all jvm)"
printf '%-52s %8s   %s\n' "perfeval check form.xlsx (launcher: CDS, C1)" "$(median launcher)" "$(all launcher)"
printf '%-52s %8s   %s\n' "java -jar perfeval.jar check form.xlsx" "$(median jar)" "$(all jar)"
if [ -n "$python" ]; then
  printf '%-52s %8s   %s\n' "openpyxl loads form.xlsx" "$(median py1)" "$(all py1)"
else
  echo "openpyxl: skipped (python3 with openpyxl not found; Debian: apt-get install python3-openpyxl)"
fi
printf '%-52s %8s   %s\n' "perfeval check DIR ($count, launcher: CDS, C1, $threads thr)" "$(median folder)" "$(all folder)"
printf '%-52s %8s   %s\n' "perfeval check DIR, launcher with C2 back" "$(median folderc2)" "$(all folderc2)"
printf '%-52s %8s   %s\n' "java -jar perfeval.jar check DIR (C2, no CDS)" "$(median folderjar)" "$(all folderjar)"
printf '%-52s %8s   %s\n' "POI floor: open + touch every cell, $threads threads, C1" "$(median floorc1)" "$(all floorc1)"
printf '%-52s %8s   %s\n' "POI floor, the JVM's default compilers (C2)" "$(median floor)" "$(all floor)"
[ -n "$python" ] && printf '%-52s %8s   %s\n' "openpyxl loads DIR, touches every cell" "$(median pyfolder)" "$(all pyfolder)"
echo "library in a long-running JVM, read + score yueyang: $first"
echo
echo "ratios"
echo "  one form, launcher / java -version:        $(ratio "$(median launcher)" "$(median jvm)")   (goal <= 5)"
echo "  one form, java -jar / java -version:       $(ratio "$(median jar)" "$(median jvm)")"
echo "  folder, perfeval / POI floor (both C1):    $(ratio "$(median folder)" "$(median floorc1)")   (goal <= 1.5)"
echo "  folder, java -jar / POI floor (both C2):   $(ratio "$(median folderjar)" "$(median floor)")"
if [ -n "$python" ]; then
  echo "  folder, openpyxl / perfeval:               $(ratio "$(median pyfolder)" "$(median folder)")   (goal >= 5)"
  echo "  one form, openpyxl / perfeval launcher:    $(ratio "$(median py1)" "$(median launcher)")"
fi
